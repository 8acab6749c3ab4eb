package org.auditio.candidates;

import java.time.LocalDate;
import java.util.Locale;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/** What a candidate fills in about themselves. Empty fields arrive as null and are refused by name. */
public record ProfileForm(
        String fullName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String country,
        @Nullable VoicePart voicePart,
        String vocalRange,
        String affiliation,
        String biography,
        Locale language,
        boolean consentsToPrivacyNotice) {

    public static final int MAX_NAME = 200;
    public static final int MAX_RANGE = 100;
    public static final int MAX_AFFILIATION = 200;
    public static final int MAX_BIOGRAPHY = 2000;
}
