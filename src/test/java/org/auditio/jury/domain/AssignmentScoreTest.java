package org.auditio.jury.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.VoicePart;
import org.junit.jupiter.api.Test;

/** The weighted score an assignment stores for ranking follows its marks, and only while submitted. */
class AssignmentScoreTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final List<CriterionSpec> rubric = List.of(criterion("1"), criterion("2"), criterion("3"));

    private final Assignment assignment = new Assignment(
            UUID.randomUUID(),
            UUID.randomUUID(),
            new JuryCode(UUID.randomUUID(), UUID.randomUUID(), "T-1", VoicePart.A),
            1);

    @Test
    void the_stored_score_is_the_weighted_mean_of_the_marks_after_submission_and_after_a_reasoned_change() {
        mark(0, "6", null);
        mark(1, "7", null);
        mark(2, "8", null);
        assertThat(assignment.score()).isEmpty();

        assignment.submit(rubric, NOW);
        assertThat(assignment.score())
                .hasValueSatisfying(score -> assertThat(score)
                        .isEqualByComparingTo(weightedMean()) // (6 + 2 × 7 + 3 × 8) / 6
                        .isEqualByComparingTo(new BigDecimal("44").divide(new BigDecimal("6"), MathContext.DECIMAL64)));

        mark(1, "9.5", "Heard it again");
        BigDecimal changed = assignment.score().orElseThrow();
        assertThat(changed)
                .isEqualByComparingTo(weightedMean()) // (6 + 2 × 9.5 + 3 × 8) / 6
                .isEqualByComparingTo(new BigDecimal("49").divide(new BigDecimal("6"), MathContext.DECIMAL64));

        mark(1, "9.5", "Same mark again");
        assertThat(assignment.score()).hasValue(changed);
    }

    @Test
    void a_conflict_found_after_submission_takes_the_score_away() {
        mark(0, "6", null);
        mark(1, "7", null);
        mark(2, "8", null);
        assignment.submit(rubric, NOW);

        assignment.conflict();

        assertThat(assignment.score()).isEmpty();
    }

    /** Recomputed from the marks as they stand: Σ weight × mark / Σ weight. */
    private BigDecimal weightedMean() {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (CriterionSpec criterion : rubric) {
            sum = sum.add(criterion
                    .weight()
                    .multiply(assignment.markFor(criterion.id()).orElseThrow().value()));
            weights = weights.add(criterion.weight());
        }
        return sum.divide(weights, MathContext.DECIMAL64);
    }

    private void mark(int criterion, String value, String reason) {
        CriterionSpec spec = rubric.get(criterion);
        Long seen = assignment.markFor(spec.id()).map(Mark::version).orElse(null);
        assignment.mark(spec, new BigDecimal(value), seen, reason, NOW);
    }

    private static CriterionSpec criterion(String weight) {
        return new CriterionSpec(
                UUID.randomUUID(),
                "Criterion",
                "Critère",
                new BigDecimal(weight),
                BigDecimal.ZERO,
                BigDecimal.TEN,
                new BigDecimal("0.5"));
    }
}
