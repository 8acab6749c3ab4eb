package org.auditio.candidates;

import java.time.Instant;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/** One line of the organisers' list; the age is on the audition's reference date. */
public record ApplicationRow(
        UUID id,
        String candidateName,
        @Nullable String country,
        VoicePart voicePart,
        ApplicationStatus status,
        @Nullable Integer age,
        @Nullable Instant submittedAt) {}
