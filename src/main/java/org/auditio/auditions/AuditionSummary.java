package org.auditio.auditions;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a list of auditions; {@code status} is the effective one. */
public record AuditionSummary(
        UUID id,
        String organisationName,
        String titleEn,
        String titleFr,
        AuditionStatus status,
        String place,
        @Nullable LocalDate eventStart,
        @Nullable LocalDate eventEnd,
        @Nullable ApplicationWindow window) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleEn, titleFr);
    }
}
