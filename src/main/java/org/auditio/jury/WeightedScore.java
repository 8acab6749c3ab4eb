package org.auditio.jury;

import java.util.UUID;
import org.auditio.auditions.VoicePart;

/** One juror's submitted score of one application: Σ weight × mark / Σ weight over its criteria. */
public record WeightedScore(UUID applicationId, String code, VoicePart voicePart, UUID jurorId, double score) {}
