package org.auditio.jury;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.auditio.auditions.VoicePart;

/**
 * One juror's submitted marks on one application, by criterion id. Only submitted work counts:
 * drafts, skipped, abstained and conflicted assignments are absent, never zero.
 */
public record SubmittedMarks(
        UUID applicationId, String code, VoicePart voicePart, UUID jurorId, Map<UUID, BigDecimal> marks) {}
