package org.auditio.jury;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An entry of the audit trail of submitted marks. */
public record MarkChangeView(
        UUID criterionId,
        UUID changedBy,
        Instant changedAt,
        @Nullable BigDecimal oldValue,
        BigDecimal newValue,
        String reason) {}
