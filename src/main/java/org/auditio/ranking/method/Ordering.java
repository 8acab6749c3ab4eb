package org.auditio.ranking.method;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import org.auditio.auditions.VoicePart;
import org.auditio.ranking.AggregationMethod;
import org.auditio.ranking.TieBreak;

/**
 * Places the scored applications, best first, overall and within each section. Equal scores (to
 * six decimals) are separated by, in turn: the median of the jurors' scores (the mean when the
 * method is the median), the best single score, then a draw: a hash of the audition's recorded seed
 * and the application's identity, so the same seed always gives the same order whatever the order
 * of the input.
 */
public final class Ordering {

    /**
     * {@code order}: the ranked applications best first; per application its overall and section
     * rank (0 when not ranked) and the rule that separated it from an equal neighbour.
     */
    public record Result(int[] order, int[] overallRank, int[] sectionRank, TieBreak[] tieBreak) {}

    private Ordering() {}

    public static Result of(
            Aggregation.Result figures, VoicePart[] sections, long[] identities, AggregationMethod method, long seed) {
        int applications = figures.score().length;
        double[] second = method == AggregationMethod.MEDIAN ? figures.mean() : figures.median();
        TieBreak secondRule = method == AggregationMethod.MEDIAN ? TieBreak.MEAN : TieBreak.MEDIAN;
        long[] score = quantised(figures.score());
        long[] secondKey = quantised(second);
        long[] top = quantised(figures.top());
        long[] draw = new long[applications];
        for (int a = 0; a < applications; a++) {
            draw[a] = mix(seed ^ identities[a]);
        }
        Comparator<Integer> better = Comparator.<Integer>comparingLong(a -> -score[a])
                .thenComparingLong(a -> -secondKey[a])
                .thenComparingLong(a -> -top[a])
                .thenComparingLong(a -> draw[a])
                .thenComparingInt(a -> a);
        Integer[] ranked = java.util.stream.IntStream.range(0, applications)
                .filter(figures::ranked)
                .boxed()
                .sorted(better)
                .toArray(Integer[]::new);
        int[] order = Arrays.stream(ranked).mapToInt(Integer::intValue).toArray();
        int[] overall = new int[applications];
        int[] inSection = new int[applications];
        Map<VoicePart, Integer> placed = new EnumMap<>(VoicePart.class);
        for (int i = 0; i < order.length; i++) {
            int a = order[i];
            overall[a] = i + 1;
            inSection[a] = placed.merge(sections[a], 1, Integer::sum);
        }
        TieBreak[] rule = new TieBreak[applications];
        Arrays.fill(rule, TieBreak.NONE);
        for (int i = 0; i < order.length; i++) {
            int a = order[i];
            if (i > 0 && score[order[i - 1]] == score[a]) {
                rule[a] = decider(order[i - 1], a, secondKey, top, secondRule);
            } else if (i + 1 < order.length && score[order[i + 1]] == score[a]) {
                rule[a] = decider(a, order[i + 1], secondKey, top, secondRule);
            }
        }
        return new Result(order, overall, inSection, rule);
    }

    private static TieBreak decider(int a, int b, long[] second, long[] top, TieBreak secondRule) {
        if (second[a] != second[b]) {
            return secondRule;
        }
        return top[a] != top[b] ? TieBreak.TOP_SCORE : TieBreak.DRAW;
    }

    private static long[] quantised(double[] values) {
        long[] keys = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            keys[i] = Double.isNaN(values[i]) ? Long.MIN_VALUE : Math.round(values[i] * 1e6);
        }
        return keys;
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
