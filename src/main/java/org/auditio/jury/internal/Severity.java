package org.auditio.jury.internal;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Mean and (population) standard deviation of a juror's marks; nothing where there are no marks. */
public record Severity(
        int count, @Nullable Double mean, @Nullable Double spread) {

    public static Severity of(List<BigDecimal> marks) {
        if (marks.isEmpty()) {
            return new Severity(0, null, null);
        }
        double mean =
                marks.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
        double variance = marks.stream()
                .mapToDouble(m -> Math.pow(m.doubleValue() - mean, 2))
                .average()
                .orElse(0);
        return new Severity(marks.size(), mean, Math.sqrt(variance));
    }
}
