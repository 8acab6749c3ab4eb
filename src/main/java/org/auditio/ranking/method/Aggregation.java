package org.auditio.ranking.method;

import java.util.Arrays;
import org.auditio.ranking.AggregationMethod;
import org.auditio.ranking.RankingSettings;

/**
 * Turns each application's jurors' scores into one score by the chosen method. Absent scores stay
 * absent: every figure is over the jurors who did score. An application with fewer than {@code
 * minMarks} scores gets no score (NaN).
 *
 * <ul>
 *   <li>MEAN, MEDIAN of the weighted scores.
 *   <li>TRIMMED_MEAN: the highest and the lowest score dropped when at least {@code trimFrom} jurors
 *       scored; below, the plain mean, flagged in {@link Result#plainMean}.
 *   <li>Z_SCORE: each juror's score becomes {@code panelMean + panelSd × (score − jurorMean) /
 *       jurorSd}, i.e. their z-score mapped back to the raw scale with the whole panel's mean and
 *       standard deviation; then the mean. A juror with fewer than {@code normaliseFrom} scores, or
 *       whose scores do not vary, keeps their raw scores ({@link Result#normalised} false).
 *   <li>BORDA: each juror ranks the applications they scored (ties share their mean rank); the
 *       application at rank r of k gets (k − r) / (k − 1) points (1 for the juror's best, 0 for their
 *       worst, ½ when they scored only one), so jurors who heard fewer candidates weigh the same;
 *       then the mean of the points, between 0 and 1.
 * </ul>
 */
public final class Aggregation {

    /**
     * Per application: the method's score, the number of jurors, whether the trimmed mean fell back
     * to the plain mean, and the raw figures ties are broken with; per juror: whether the z-score
     * corrected them.
     */
    public record Result(
            double[] score,
            int[] count,
            boolean[] plainMean,
            double[] median,
            double[] mean,
            double[] top,
            boolean[] normalised) {

        public boolean ranked(int application) {
            return !Double.isNaN(score[application]);
        }
    }

    private Aggregation() {}

    public static Result aggregate(ScoreTable table, RankingSettings settings) {
        int applications = table.applications();
        boolean[] normalised = new boolean[table.jurors()];
        ScoreTable basis = switch (settings.method()) {
            case Z_SCORE -> normalise(table, settings.normaliseFrom(), normalised);
            case BORDA -> bordaPoints(table);
            default -> table;
        };
        double[] score = new double[applications];
        int[] count = new int[applications];
        boolean[] plainMean = new boolean[applications];
        double[] median = new double[applications];
        double[] mean = new double[applications];
        double[] top = new double[applications];
        double[] raw = new double[table.jurors()];
        double[] values = new double[table.jurors()];
        for (int a = 0; a < applications; a++) {
            int n = table.column(a, raw);
            count[a] = n;
            if (n == 0) {
                score[a] = median[a] = mean[a] = top[a] = Double.NaN;
                continue;
            }
            mean[a] = Stats.mean(raw, n);
            top[a] = Stats.max(raw, n);
            median[a] = Stats.median(raw, n);
            if (n < settings.minMarks()) {
                score[a] = Double.NaN;
                continue;
            }
            AggregationMethod method = settings.method();
            if (method == AggregationMethod.TRIMMED_MEAN && n < settings.trimFrom()) {
                plainMean[a] = true;
            }
            score[a] = switch (method) {
                case MEAN -> mean[a];
                case MEDIAN -> median[a];
                case TRIMMED_MEAN -> plainMean[a] ? mean[a] : trimmedMean(raw, n);
                case Z_SCORE, BORDA -> Stats.mean(values, basis.column(a, values));
            };
        }
        return new Result(score, count, plainMean, median, mean, top, normalised);
    }

    /** Drops one lowest and one highest of the sorted values. */
    private static double trimmedMean(double[] sorted, int n) {
        double sum = 0;
        for (int i = 1; i < n - 1; i++) {
            sum += sorted[i];
        }
        return sum / (n - 2);
    }

    private static ScoreTable normalise(ScoreTable table, int normaliseFrom, boolean[] normalised) {
        double[] all = new double[table.jurors() * table.applications()];
        int total = 0;
        for (int j = 0; j < table.jurors(); j++) {
            for (int a = 0; a < table.applications(); a++) {
                if (table.has(j, a)) {
                    all[total++] = table.score(j, a);
                }
            }
        }
        ScoreTable result = ScoreTable.empty(table.jurors(), table.applications());
        if (total == 0) {
            return result;
        }
        double panelMean = Stats.mean(all, total);
        double panelSd = Stats.sd(all, total);
        double[] mine = new double[table.applications()];
        for (int j = 0; j < table.jurors(); j++) {
            int n = 0;
            for (int a = 0; a < table.applications(); a++) {
                if (table.has(j, a)) {
                    mine[n++] = table.score(j, a);
                }
            }
            double jurorMean = n == 0 ? 0 : Stats.mean(mine, n);
            double jurorSd = n == 0 ? 0 : Stats.sd(mine, n);
            normalised[j] = n >= normaliseFrom && jurorSd > 0;
            for (int a = 0; a < table.applications(); a++) {
                if (table.has(j, a)) {
                    double x = table.score(j, a);
                    result.set(j, a, normalised[j] ? panelMean + panelSd * (x - jurorMean) / jurorSd : x);
                }
            }
        }
        return result;
    }

    private static ScoreTable bordaPoints(ScoreTable table) {
        ScoreTable points = ScoreTable.empty(table.jurors(), table.applications());
        int[] scored = new int[table.applications()];
        double[] values = new double[table.applications()];
        for (int j = 0; j < table.jurors(); j++) {
            int k = 0;
            for (int a = 0; a < table.applications(); a++) {
                if (table.has(j, a)) {
                    scored[k] = a;
                    values[k++] = table.score(j, a);
                }
            }
            double[] ranks = Stats.midRanksDescending(Arrays.copyOf(values, k), k);
            for (int i = 0; i < k; i++) {
                points.set(j, scored[i], k == 1 ? 0.5 : (k - ranks[i]) / (k - 1));
            }
        }
        return points;
    }
}
