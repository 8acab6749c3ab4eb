package org.auditio.jury.domain;

import java.math.BigDecimal;
import org.auditio.auditions.CriterionSpec;
import org.auditio.common.UserError;

/** The marks a criterion allows: from min to max by step (0 to 10 by 0.5 allows 7.5, not 7.3). */
public final class Scale {

    private Scale() {}

    public static BigDecimal check(CriterionSpec criterion, BigDecimal value) {
        BigDecimal min = criterion.scaleMin();
        BigDecimal max = criterion.scaleMax();
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new UserError("jury.mark.out-of-scale", min.toPlainString(), max.toPlainString());
        }
        BigDecimal step = criterion.step();
        if (step.signum() > 0 && value.subtract(min).remainder(step).signum() != 0) {
            throw new UserError("jury.mark.off-step", step.toPlainString());
        }
        return value.stripTrailingZeros();
    }
}
