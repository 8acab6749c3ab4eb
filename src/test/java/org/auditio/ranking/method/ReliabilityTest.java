package org.auditio.ranking.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReliabilityTest {

    private static final Double N = null;

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: 4 observers, 12
     * units, missing values. Published: nominal α = 0.743, interval α = 0.849.
     */
    private static final ScoreTable KRIPPENDORFF = ScoreTable.of(new Double[][] {
        {1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 4.0, 1.0, 2.0, N, N, N},
        {1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 5.0, N, 3.0},
        {N, 3.0, 3.0, 3.0, 2.0, 3.0, 4.0, 2.0, 2.0, 5.0, 1.0, N},
        {1.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 1.0, 2.0, 5.0, 1.0, N}
    });

    @Test
    void krippendorffs_alpha_matches_the_published_worked_example() {
        assertThat(Reliability.alphaInterval(KRIPPENDORFF)).isCloseTo(0.849, within(0.0005));
        assertThat(Reliability.alphaNominal(KRIPPENDORFF)).isCloseTo(0.743, within(0.0005));
        assertThat(Reliability.pairable(KRIPPENDORFF)).isEqualTo(11);
    }

    @Test
    void alpha_is_one_for_perfect_agreement_and_undefined_without_pairable_scores() {
        ScoreTable same = ScoreTable.of(new Double[][] {{1.0, 5.0, N}, {1.0, 5.0, 3.0}});
        ScoreTable alone = ScoreTable.of(new Double[][] {{1.0, N}, {N, 2.0}});

        assertThat(Reliability.alphaInterval(same)).isEqualTo(1.0);
        assertThat(Reliability.alphaInterval(alone)).isNaN();
    }

    /**
     * Three judges rank four objects (1 best): 1 2 3 4 / 2 1 3 4 / 1 3 2 4. Rank sums 4, 6, 8, 12
     * around their mean 7.5: S = 35, W = 12 × 35 / (3² × (4³ − 4)) = 7/9.
     */
    @Test
    void kendalls_w_on_a_hand_computed_example_and_its_relation_to_spearman() {
        ScoreTable ranks =
                ScoreTable.of(new Double[][] {{4.0, 3.0, 2.0, 1.0}, {3.0, 4.0, 2.0, 1.0}, {4.0, 2.0, 3.0, 1.0}});
        var concordance = Reliability.kendallW(ranks);

        assertThat(concordance.w()).isCloseTo(7.0 / 9, within(1e-12));
        assertThat(concordance.jurors()).isEqualTo(3);
        assertThat(concordance.applications()).isEqualTo(4);
        // mean pairwise Spearman: ρ12 = ρ23 = 0.6, ρ13 = 0.8 → 2/3 = (m W − 1) / (m − 1)
        assertThat((3 * concordance.w() - 1) / 2).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void kendalls_w_uses_only_the_applications_every_juror_scored() {
        ScoreTable withConflict = ScoreTable.of(new Double[][] {{9.0, 7.0, 5.0, 1.0}, {8.0, 6.0, 4.0, N}});
        var concordance = Reliability.kendallW(withConflict);

        assertThat(concordance.applications()).isEqualTo(3);
        assertThat(concordance.w()).isEqualTo(1.0);
    }
}
