package org.auditio.ranking;

/** How the jurors' scores of one application become one score (see DOMAIN.md). */
public enum AggregationMethod {
    MEAN,
    MEDIAN,
    TRIMMED_MEAN,
    Z_SCORE,
    BORDA
}
