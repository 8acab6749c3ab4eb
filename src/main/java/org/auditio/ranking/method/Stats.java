package org.auditio.ranking.method;

import java.util.Arrays;

/** Small statistics over the first {@code n} values of an array (population standard deviation). */
final class Stats {

    private Stats() {}

    static double mean(double[] values, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        return sum / n;
    }

    static double sd(double[] values, int n) {
        double mean = mean(values, n);
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        return Math.sqrt(squares / n);
    }

    /** Sorts the first n values in place. */
    static double median(double[] values, int n) {
        Arrays.sort(values, 0, n);
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    static double max(double[] values, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }

    static double min(double[] values, int n) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, values[i]);
        }
        return min;
    }

    /** Pearson's correlation of two series; NaN where one of them does not vary. */
    static double correlation(double[] x, double[] y, int n) {
        double mx = mean(x, n);
        double my = mean(y, n);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Ranks 1..n of the first n values, best (highest) first, ties sharing their mean rank. */
    static double[] midRanksDescending(double[] values, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
        double[] ranks = new double[n];
        for (int i = 0; i < n; ) {
            int end = i;
            while (end + 1 < n && values[order[end + 1]] == values[order[i]]) {
                end++;
            }
            double shared = (i + end) / 2.0 + 1;
            for (int k = i; k <= end; k++) {
                ranks[order[k]] = shared;
            }
            i = end + 1;
        }
        return ranks;
    }
}
