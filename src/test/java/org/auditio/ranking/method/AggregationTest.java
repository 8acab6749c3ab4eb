package org.auditio.ranking.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.auditio.auditions.VoicePart;
import org.auditio.ranking.AggregationMethod;
import org.auditio.ranking.RankingSettings;
import org.auditio.ranking.TieBreak;
import org.junit.jupiter.api.Test;

class AggregationTest {

    private static final Double N = null;

    /** Three jurors; the third did not score applications 2 and 3 (conflict, not assigned). */
    private static final ScoreTable SMALL = ScoreTable.of(new Double[][] {
        {8.0, 6.0, 7.0, N},
        {6.0, 6.0, 7.0, 5.0},
        {7.0, 9.0, N, N}
    });

    private static final VoicePart[] SECTIONS = {VoicePart.S, VoicePart.S, VoicePart.A, VoicePart.S};
    private static final long[] IDS = {11, 12, 13, 14};

    @Test
    void absent_scores_are_left_out_never_zero_and_too_few_marks_are_not_ranked() {
        var figures = Aggregation.aggregate(SMALL, settings(AggregationMethod.MEAN, 2));

        assertThat(figures.score()[0]).isEqualTo(7.0);
        assertThat(figures.score()[1]).isEqualTo(7.0);
        assertThat(figures.score()[2]).isEqualTo(7.0);
        assertThat(figures.count()).containsExactly(3, 3, 2, 1);
        assertThat(figures.ranked(3)).isFalse();
    }

    @Test
    void equal_means_are_broken_by_the_median_then_the_best_single_score_and_the_rule_is_told() {
        var ordering = order(SMALL, settings(AggregationMethod.MEAN, 2));

        assertThat(ordering.order()).containsExactly(0, 2, 1);
        assertThat(ordering.tieBreak())
                .containsExactly(TieBreak.TOP_SCORE, TieBreak.MEDIAN, TieBreak.TOP_SCORE, TieBreak.NONE);
        assertThat(ordering.overallRank()).containsExactly(1, 3, 2, 0);
        assertThat(ordering.sectionRank()).containsExactly(1, 2, 1, 0);
    }

    @Test
    void the_median_method_breaks_its_ties_by_the_mean_first() {
        var figures = Aggregation.aggregate(SMALL, settings(AggregationMethod.MEDIAN, 2));
        var ordering = Ordering.of(figures, SECTIONS, IDS, AggregationMethod.MEDIAN, 1);

        assertThat(figures.score()).startsWith(7.0, 6.0, 7.0);
        assertThat(ordering.order()).containsExactly(0, 2, 1);
        assertThat(ordering.tieBreak()[0]).isEqualTo(TieBreak.TOP_SCORE);
        assertThat(ordering.tieBreak()[1]).isEqualTo(TieBreak.NONE);
    }

    @Test
    void a_perfect_tie_is_drawn_from_the_seed_whatever_the_order_of_the_input() {
        ScoreTable twins = ScoreTable.of(new Double[][] {{5.0, 5.0, 5.0}, {6.0, 6.0, 6.0}});
        VoicePart[] sections = {VoicePart.T, VoicePart.T, VoicePart.T};
        var settings = settings(AggregationMethod.MEAN, 1);

        var once = Ordering.of(
                Aggregation.aggregate(twins, settings), sections, new long[] {1, 2, 3}, settings.method(), 42);
        var reversed = Ordering.of(
                Aggregation.aggregate(twins, settings), sections, new long[] {3, 2, 1}, settings.method(), 42);

        assertThat(once.tieBreak()).containsOnly(TieBreak.DRAW);
        long[] identitiesOnce =
                java.util.Arrays.stream(once.order()).mapToLong(a -> a + 1).toArray();
        long[] identitiesReversed =
                java.util.Arrays.stream(reversed.order()).mapToLong(a -> 3 - a).toArray();
        assertThat(identitiesReversed).containsExactly(identitiesOnce);
        boolean someSeedOrdersDifferently = java.util.stream.LongStream.range(0, 20)
                .anyMatch(seed -> !java.util.Arrays.equals(
                        Ordering.of(
                                        Aggregation.aggregate(twins, settings),
                                        sections,
                                        new long[] {1, 2, 3},
                                        settings.method(),
                                        seed)
                                .order(),
                        once.order()));
        assertThat(someSeedOrdersDifferently).isTrue();
    }

    @Test
    void the_trimmed_mean_drops_the_extremes_only_from_enough_jurors_and_says_so() {
        ScoreTable table = ScoreTable.of(new Double[][] {{1.0, 2.0}, {5.0, 4.0}, {6.0, 9.0}, {7.0, N}, {10.0, N}});
        var figures = Aggregation.aggregate(table, settings(AggregationMethod.TRIMMED_MEAN, 2));

        assertThat(figures.score()[0]).isEqualTo(6.0);
        assertThat(figures.plainMean()[0]).isFalse();
        assertThat(figures.score()[1]).isEqualTo(5.0);
        assertThat(figures.plainMean()[1]).isTrue();
    }

    @Test
    void z_scores_correct_harsh_and_lenient_jurors_but_not_those_with_too_few_marks() {
        ScoreTable table = ScoreTable.of(new Double[][] {{2.0, 4.0, 6.0}, {6.0, 7.0, 8.0}, {N, N, 9.0}});
        var settings = new RankingSettings(AggregationMethod.Z_SCORE, 1, 5, 2, 0);
        var figures = Aggregation.aggregate(table, settings);

        // panel: mean 6, sd √(34/7); each of the first two jurors' z-scores are −√1.5, 0, +√1.5
        double shift = Math.sqrt(34.0 / 7) * Math.sqrt(1.5);
        assertThat(figures.score()[0]).isCloseTo(6 - shift, within(1e-9));
        assertThat(figures.score()[1]).isCloseTo(6, within(1e-9));
        assertThat(figures.score()[2]).isCloseTo((2 * (6 + shift) + 9) / 3, within(1e-9));
        assertThat(figures.normalised()).containsExactly(true, true, false);
    }

    @Test
    void borda_points_are_normalised_by_how_many_applications_each_juror_ranked() {
        ScoreTable table = ScoreTable.of(new Double[][] {{9.0, 7.0, 5.0, N}, {6.0, 6.0, N, 8.0}});
        var settings = settings(AggregationMethod.BORDA, 1);
        var figures = Aggregation.aggregate(table, settings);

        assertThat(figures.score()).containsExactly(0.625, 0.375, 0.0, 1.0);
        assertThat(Ordering.of(figures, SECTIONS, IDS, settings.method(), 0).order())
                .containsExactly(3, 0, 1, 2);
    }

    @Test
    void spread_flags_the_most_disputed_and_leave_one_out_shows_a_deciding_juror() {
        Spread spread = Spread.of(SMALL);
        assertThat(spread.range()[1]).isEqualTo(3.0);
        assertThat(spread.disputed()).containsExactly(false, true, false, false);
        assertThat(spread.sd()[3]).isNaN();

        var settings = settings(AggregationMethod.MEAN, 1);
        var full = order(SMALL, settings);
        var withoutFirst = LeaveOneOut.without(
                0, SMALL, full, SECTIONS, IDS, settings, java.util.Map.of(VoicePart.S, 1, VoicePart.A, 1));
        // without the first juror, application 1 (7.5) passes application 0 (6.5): from 3rd to 1st
        assertThat(withoutFirst.topChanges()).containsEntry(VoicePart.S, 1).containsEntry(VoicePart.A, 0);
        assertThat(withoutFirst.maxDisplacement()).isEqualTo(2);
    }

    @Test
    void juror_figures_show_the_harsh_one_and_who_agrees_with_the_others() {
        ScoreTable table =
                ScoreTable.of(new Double[][] {{8.0, 6.0, 4.0, 2.0}, {9.0, 7.0, 5.0, 3.0}, {3.0, 5.0, 7.0, N}});
        var jurors = JurorFigures.of(table);

        assertThat(jurors.offset()[1]).isGreaterThan(0);
        assertThat(jurors.agreement()[0]).isGreaterThan(0.5);
        assertThat(jurors.agreement()[2]).isCloseTo(-1.0, within(1e-9));
        assertThat(jurors.count()).containsExactly(4, 4, 3);
    }

    private static Ordering.Result order(ScoreTable table, RankingSettings settings) {
        return Ordering.of(Aggregation.aggregate(table, settings), SECTIONS, IDS, settings.method(), 1);
    }

    private static RankingSettings settings(AggregationMethod method, int minMarks) {
        return new RankingSettings(method, minMarks, 5, 10, 1);
    }
}
