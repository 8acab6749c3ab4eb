package org.auditio.ranking.method;

import java.util.HashMap;
import java.util.Map;

/**
 * How far the jurors agree. Krippendorff's alpha takes missing scores as they are (only units with
 * two scores or more are pairable); Kendall's W needs complete rankings, so it is computed over the
 * applications that every juror who scored anything scored (a conflict or an abstention takes an
 * application out of W) and says over how many. Both are NaN where there is nothing to compare.
 */
public final class Reliability {

    /** Kendall's W and the block it was computed on. */
    public record Concordance(double w, int jurors, int applications) {}

    private Reliability() {}

    /**
     * Krippendorff's alpha with the interval metric (squared difference): {@code 1 − Do / De}, where
     * Do sums, per application, the squared differences between its scores over (its scores − 1), and
     * De those between all pairable scores; both from sums and sums of squares, in one pass.
     */
    public static double alphaInterval(ScoreTable table) {
        double[] column = new double[table.jurors()];
        double n = 0;
        double sum = 0;
        double squares = 0;
        double observed = 0;
        for (int a = 0; a < table.applications(); a++) {
            int m = table.column(a, column);
            if (m < 2) {
                continue;
            }
            double s = 0;
            double q = 0;
            for (int i = 0; i < m; i++) {
                s += column[i];
                q += column[i] * column[i];
            }
            observed += (2 * m * q - 2 * s * s) / (m - 1);
            n += m;
            sum += s;
            squares += q;
        }
        double expected = (2 * n * squares - 2 * sum * sum) / (n - 1);
        return n < 2 || expected == 0 ? Double.NaN : 1 - observed / expected;
    }

    /** How many applications have two scores or more: the units alpha can compare. */
    public static int pairable(ScoreTable table) {
        double[] column = new double[table.jurors()];
        int units = 0;
        for (int a = 0; a < table.applications(); a++) {
            if (table.column(a, column) > 1) {
                units++;
            }
        }
        return units;
    }

    /** Krippendorff's alpha with the nominal metric (scores as categories: equal or not). */
    public static double alphaNominal(ScoreTable table) {
        double[] column = new double[table.jurors()];
        Map<Double, Integer> overall = new HashMap<>();
        double n = 0;
        double observed = 0;
        for (int a = 0; a < table.applications(); a++) {
            int m = table.column(a, column);
            if (m < 2) {
                continue;
            }
            Map<Double, Integer> here = new HashMap<>();
            for (int i = 0; i < m; i++) {
                here.merge(column[i], 1, Integer::sum);
                overall.merge(column[i], 1, Integer::sum);
            }
            observed += (m * m - squaresOf(here)) / (m - 1.0);
            n += m;
        }
        double expected = (n * n - squaresOf(overall)) / (n - 1);
        return n < 2 || expected == 0 ? Double.NaN : 1 - observed / expected;
    }

    private static double squaresOf(Map<Double, Integer> counts) {
        return counts.values().stream().mapToDouble(c -> (double) c * c).sum();
    }

    /**
     * Kendall's coefficient of concordance with the correction for ties (tied scores share their mean
     * rank): {@code W = 12 S / (m²(n³ − n) − m Σ(t³ − t))}.
     */
    public static Concordance kendallW(ScoreTable table) {
        int[] jurors = new int[table.jurors()];
        int m = 0;
        for (int j = 0; j < table.jurors(); j++) {
            for (int a = 0; a < table.applications(); a++) {
                if (table.has(j, a)) {
                    jurors[m++] = j;
                    break;
                }
            }
        }
        int[] block = new int[table.applications()];
        int n = 0;
        for (int a = 0; a < table.applications(); a++) {
            boolean complete = m > 0;
            for (int i = 0; i < m && complete; i++) {
                complete = table.has(jurors[i], a);
            }
            if (complete) {
                block[n++] = a;
            }
        }
        if (m < 2 || n < 2) {
            return new Concordance(Double.NaN, m, n);
        }
        double[] rankSums = new double[n];
        double ties = 0;
        double[] values = new double[n];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < n; k++) {
                values[k] = table.score(jurors[i], block[k]);
            }
            double[] ranks = Stats.midRanksDescending(values, n);
            Map<Double, Integer> sizes = new HashMap<>();
            for (int k = 0; k < n; k++) {
                rankSums[k] += ranks[k];
                sizes.merge(ranks[k], 1, Integer::sum);
            }
            for (int t : sizes.values()) {
                ties += (double) t * t * t - t;
            }
        }
        double meanSum = m * (n + 1) / 2.0;
        double s = 0;
        for (double r : rankSums) {
            s += (r - meanSum) * (r - meanSum);
        }
        double denominator = (double) m * m * ((double) n * n * n - n) - m * ties;
        return new Concordance(denominator == 0 ? Double.NaN : 12 * s / denominator, m, n);
    }
}
