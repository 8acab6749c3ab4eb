package org.auditio.ranking;

import org.auditio.common.UserError;

/**
 * How an audition's ranking is computed: the method and its parameters, chosen by its organisers.
 *
 * @param minMarks an application scored by fewer jurors is flagged "too few marks" and not ranked
 * @param trimFrom the trimmed mean drops the highest and lowest score only from this many jurors on
 *     (below, the plain mean, flagged)
 * @param normaliseFrom the z-score corrects a juror only from this many scores on (below, their raw
 *     scores are kept, reported)
 * @param seed the seed of the draw that breaks ties nothing else breaks, kept for audit
 */
public record RankingSettings(AggregationMethod method, int minMarks, int trimFrom, int normaliseFrom, long seed) {

    public static final int MIN_MARKS = 2;
    public static final int TRIM_FROM = 5;
    public static final int NORMALISE_FROM = 10;

    public RankingSettings {
        if (minMarks < 1 || minMarks > 100) {
            throw new UserError("ranking.settings.min-marks", 1, 100);
        }
        if (trimFrom < 3 || trimFrom > 100) {
            throw new UserError("ranking.settings.trim-from", 3, 100);
        }
        if (normaliseFrom < 2 || normaliseFrom > 10_000) {
            throw new UserError("ranking.settings.normalise-from", 2, 10_000);
        }
    }

    /** The sensible start: the plain mean, two marks at least, the usual trimming and normalisation limits. */
    public static RankingSettings defaults(long seed) {
        return new RankingSettings(AggregationMethod.MEAN, MIN_MARKS, TRIM_FROM, NORMALISE_FROM, seed);
    }

    public RankingSettings with(AggregationMethod other) {
        return new RankingSettings(other, minMarks, trimFrom, normaliseFrom, seed);
    }
}
