package org.auditio.candidates;

import java.util.Locale;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/** The results of an audition were published: this applicant is told their outcome by mail, in their language. */
public record OutcomeAnnounced(
        UUID applicationId,
        UUID auditionId,
        String email,
        String candidateName,
        Locale language,
        String auditionTitle,
        VoicePart voicePart,
        Outcome outcome,
        @Nullable Integer reservePosition) {}
