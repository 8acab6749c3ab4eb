package org.auditio.candidates;

import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/** A submitted application as the people who deliberate see it: who, from where, for which part. */
public record Applicant(
        UUID applicationId, String fullName, @Nullable String country, VoicePart voicePart) {}
