package org.auditio.candidates;

import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/** What the organisers' list narrows to; nulls do not filter. Ages are on the audition's reference date. */
public record ApplicationFilter(
        @Nullable VoicePart voicePart,
        @Nullable String country,
        @Nullable ApplicationStatus status,
        @Nullable Integer minAge,
        @Nullable Integer maxAge,
        @Nullable String name) {

    public static final ApplicationFilter NONE = new ApplicationFilter(null, null, null, null, null, null);
}
