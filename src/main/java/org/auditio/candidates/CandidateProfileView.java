package org.auditio.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/** A candidate's profile as screens show it. An anonymised profile keeps only country and voice part. */
public record CandidateProfileView(
        UUID accountId,
        String fullName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String country,
        @Nullable VoicePart voicePart,
        String vocalRange,
        String affiliation,
        String biography,
        Locale language,
        @Nullable Instant privacyConsentAt,
        boolean anonymised) {

    /** Everything an application needs is there, and the privacy notice is accepted. */
    public boolean complete() {
        return !anonymised
                && !fullName.isBlank()
                && dateOfBirth != null
                && country != null
                && voicePart != null
                && privacyConsentAt != null;
    }
}
