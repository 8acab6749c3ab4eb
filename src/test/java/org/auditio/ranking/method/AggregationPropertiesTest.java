package org.auditio.ranking.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.auditio.auditions.VoicePart;
import org.auditio.ranking.AggregationMethod;
import org.auditio.ranking.RankingSettings;
import org.junit.jupiter.api.Test;

/** Rules that hold for any table: checked on 200 random ones (seeded, so a failure repeats). */
class AggregationPropertiesTest {

    private static final VoicePart[] PARTS = {VoicePart.S, VoicePart.A, VoicePart.T, VoicePart.B};
    private static final int TABLES = 200;

    @Test
    void every_method_ranks_each_section_one_to_k_and_leaves_out_only_those_with_too_few_marks() {
        forEachTable((table, random) -> {
            for (AggregationMethod method : AggregationMethod.values()) {
                RankingSettings settings = new RankingSettings(method, 2, 4, 3, random.nextLong());
                var figures = Aggregation.aggregate(table.scores, settings);
                var order = Ordering.of(figures, table.sections, table.identities, method, settings.seed());
                int ranked = (int) IntStream.range(0, table.sections.length)
                        .filter(a -> figures.count()[a] >= 2)
                        .count();
                assertThat(order.order()).hasSize(ranked);
                assertThat(Arrays.stream(order.order())
                                .map(a -> order.overallRank()[a])
                                .toArray())
                        .containsExactly(IntStream.rangeClosed(1, ranked).toArray());
                Map<VoicePart, Integer> seen = new HashMap<>();
                for (int a : order.order()) {
                    assertThat(order.sectionRank()[a]).isEqualTo(seen.merge(table.sections[a], 1, Integer::sum));
                }
            }
        });
    }

    @Test
    void the_order_of_the_input_does_not_change_the_ranking() {
        forEachTable((table, random) -> {
            int[] shuffle = shuffled(table.sections.length, random);
            Table moved = table.permuted(shuffle);
            for (AggregationMethod method : AggregationMethod.values()) {
                RankingSettings settings = new RankingSettings(method, 1, 4, 3, 7);
                long[] before = identitiesInOrder(table, settings);
                long[] after = identitiesInOrder(moved, settings);
                assertThat(after).as(method.name()).containsExactly(before);
            }
        });
    }

    @Test
    void z_scores_ignore_how_harsh_or_generous_a_juror_is_and_borda_points_only_see_their_order() {
        forEachTable((table, random) -> {
            int juror = random.nextInt(table.scores.jurors());
            double stretch = 0.2 + random.nextDouble() * 3;
            double shift = random.nextDouble() * 4 - 2;
            Table harsher = table.transformed(juror, x -> stretch * x + shift);
            Table monotone = table.transformed(juror, x -> Math.exp(x / 3));
            RankingSettings z = new RankingSettings(AggregationMethod.Z_SCORE, 1, 4, 2, 3);
            RankingSettings borda = z.with(AggregationMethod.BORDA);

            assertThat(identitiesInOrder(harsher, z)).containsExactly(identitiesInOrder(table, z));
            // Borda points only (equal points are then separated by the raw scores, which did change)
            assertThat(Aggregation.aggregate(monotone.scores, borda).score())
                    .containsExactly(Aggregation.aggregate(table.scores, borda).score());
        });
    }

    @Test
    void mean_median_and_trimmed_mean_stay_within_the_scores_they_summarise() {
        forEachTable((table, random) -> {
            for (AggregationMethod method : new AggregationMethod[] {
                AggregationMethod.MEAN, AggregationMethod.MEDIAN, AggregationMethod.TRIMMED_MEAN
            }) {
                var figures = Aggregation.aggregate(table.scores, new RankingSettings(method, 1, 3, 2, 0));
                double[] column = new double[table.scores.jurors()];
                for (int a = 0; a < table.sections.length; a++) {
                    int n = table.scores.column(a, column);
                    if (n > 0) {
                        assertThat(figures.score()[a])
                                .isBetween(Stats.min(column, n) - 1e-9, Stats.max(column, n) + 1e-9);
                    }
                }
            }
        });
    }

    private static long[] identitiesInOrder(Table table, RankingSettings settings) {
        var figures = Aggregation.aggregate(table.scores, settings);
        var order = Ordering.of(figures, table.sections, table.identities, settings.method(), settings.seed());
        return Arrays.stream(order.order()).mapToLong(a -> table.identities[a]).toArray();
    }

    /** Random jurors × applications with about one score in six absent and continuous scores. */
    private static void forEachTable(java.util.function.BiConsumer<Table, Random> check) {
        for (int seed = 0; seed < TABLES; seed++) {
            Random random = new Random(seed);
            int jurors = 2 + random.nextInt(6);
            int applications = 1 + random.nextInt(30);
            ScoreTable scores = ScoreTable.empty(jurors, applications);
            VoicePart[] sections = new VoicePart[applications];
            long[] identities = new long[applications];
            for (int a = 0; a < applications; a++) {
                sections[a] = PARTS[random.nextInt(PARTS.length)];
                identities[a] = random.nextLong();
                for (int j = 0; j < jurors; j++) {
                    if (random.nextInt(6) > 0) {
                        scores.set(j, a, 10 * random.nextDouble());
                    }
                }
            }
            check.accept(new Table(scores, sections, identities), random);
        }
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[k];
            order[k] = swap;
        }
        return order;
    }

    private record Table(ScoreTable scores, VoicePart[] sections, long[] identities) {

        Table permuted(int[] order) {
            ScoreTable moved = ScoreTable.empty(scores.jurors(), order.length);
            VoicePart[] movedSections = new VoicePart[order.length];
            long[] movedIds = new long[order.length];
            for (int a = 0; a < order.length; a++) {
                movedSections[a] = sections[order[a]];
                movedIds[a] = identities[order[a]];
                for (int j = 0; j < scores.jurors(); j++) {
                    if (scores.has(j, order[a])) {
                        moved.set(j, a, scores.score(j, order[a]));
                    }
                }
            }
            return new Table(moved, movedSections, movedIds);
        }

        Table transformed(int juror, DoubleUnaryOperator change) {
            ScoreTable result = ScoreTable.empty(scores.jurors(), sections.length);
            for (int a = 0; a < sections.length; a++) {
                for (int j = 0; j < scores.jurors(); j++) {
                    if (scores.has(j, a)) {
                        double x = scores.score(j, a);
                        result.set(j, a, j == juror ? change.applyAsDouble(x) : x);
                    }
                }
            }
            return new Table(result, sections, identities);
        }
    }
}
