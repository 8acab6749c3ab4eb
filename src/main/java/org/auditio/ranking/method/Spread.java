package org.auditio.ranking.method;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How much the jurors disagree on each application: the standard deviation and the range (max −
 * min) of its scores, NaN below two scores. The most disputed tenth of the applications with a
 * spread (at least one) is flagged, so the chair knows which to discuss first.
 */
public record Spread(double[] sd, double[] range, boolean[] disputed) {

    public static final double DISPUTED_SHARE = 0.10;

    public static Spread of(ScoreTable table) {
        int applications = table.applications();
        double[] sd = new double[applications];
        double[] range = new double[applications];
        double[] column = new double[table.jurors()];
        for (int a = 0; a < applications; a++) {
            int n = table.column(a, column);
            sd[a] = n < 2 ? Double.NaN : Stats.sd(column, n);
            range[a] = n < 2 ? Double.NaN : Stats.max(column, n) - Stats.min(column, n);
        }
        int[] spread = IntStream.range(0, applications)
                .filter(a -> sd[a] > 0)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer a) -> -sd[a]).thenComparingInt(a -> a))
                .mapToInt(Integer::intValue)
                .toArray();
        boolean[] disputed = new boolean[applications];
        int flagged = spread.length == 0 ? 0 : (int) Math.max(1, Math.ceil(spread.length * DISPUTED_SHARE));
        Arrays.stream(spread, 0, flagged).forEach(a -> disputed[a] = true);
        return new Spread(sd, range, disputed);
    }
}
