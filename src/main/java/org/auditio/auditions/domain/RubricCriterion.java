package org.auditio.auditions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;
import org.auditio.auditions.CriterionSpec;
import org.auditio.common.UserError;

/** A criterion of the rubric: a weighted mark on a scale such as 0 to 10 in steps of 0.5. */
@Embeddable
class RubricCriterion {

    static final int MAX_LABEL = 200;
    static final BigDecimal MAX_VALUE = new BigDecimal("1000");

    @Column(name = "criterion_id")
    private UUID id;

    private String labelEn;
    private String labelFr;
    private BigDecimal weight;
    private BigDecimal scaleMin;
    private BigDecimal scaleMax;
    private BigDecimal scaleStep;

    protected RubricCriterion() {
        this.id = UUID.randomUUID();
        this.labelEn = "";
        this.labelFr = "";
        this.weight = BigDecimal.ONE;
        this.scaleMin = BigDecimal.ZERO;
        this.scaleMax = BigDecimal.TEN;
        this.scaleStep = BigDecimal.ONE;
    }

    RubricCriterion(CriterionSpec spec) {
        this.id = spec.id() == null ? UUID.randomUUID() : spec.id();
        this.labelEn = Texts.required(spec.labelEn(), MAX_LABEL, "audition.rubric.label-required");
        this.labelFr = Texts.required(spec.labelFr(), MAX_LABEL, "audition.rubric.label-required");
        if (spec.weight().signum() <= 0 || spec.weight().compareTo(MAX_VALUE) > 0) {
            throw new UserError("audition.rubric.weight-invalid");
        }
        if (spec.scaleMin().signum() < 0
                || spec.scaleMax().compareTo(spec.scaleMin()) <= 0
                || spec.scaleMax().compareTo(MAX_VALUE) > 0) {
            throw new UserError("audition.rubric.scale-invalid");
        }
        BigDecimal span = spec.scaleMax().subtract(spec.scaleMin());
        if (spec.step().signum() <= 0
                || spec.step().compareTo(span) > 0
                || span.remainder(spec.step()).signum() != 0) {
            throw new UserError("audition.rubric.step-invalid");
        }
        this.weight = spec.weight();
        this.scaleMin = spec.scaleMin();
        this.scaleMax = spec.scaleMax();
        this.scaleStep = spec.step();
    }

    CriterionSpec spec() {
        return new CriterionSpec(
                id, labelEn, labelFr, plain(weight), plain(scaleMin), plain(scaleMax), plain(scaleStep));
    }

    /** 10.00 from the database reads 10, and 0.50 reads 0.5, never 1E+1. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
