package org.auditio.auditions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an organiser writes about an audition: editable until its results are published. */
public record AuditionDescription(
        String titleEn,
        String titleFr,
        String descriptionEn,
        String descriptionFr,
        String place,
        @Nullable LocalDate eventStart,
        @Nullable LocalDate eventEnd,
        boolean blindReview) {}
