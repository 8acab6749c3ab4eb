package org.auditio.auditions;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A rubric criterion: its labels, its weight in the total, and the marks allowed (e.g. 0 to 10 by 0.5). */
public record CriterionSpec(
        @Nullable UUID id,
        String labelEn,
        String labelFr,
        BigDecimal weight,
        BigDecimal scaleMin,
        BigDecimal scaleMax,
        BigDecimal step) {

    public String label(Locale locale) {
        return Bilingual.pick(locale, labelEn, labelFr);
    }
}
