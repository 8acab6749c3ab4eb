package org.auditio.jury.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.auditio.jury.MarkChangeView;
import org.jspecify.annotations.Nullable;

/** The audit trail of a submitted mark that changed: who, when, old, new and why. Never updated. */
@Entity
@Table(name = "jury_mark_change")
public class MarkChange {

    @Id
    private UUID id;

    private UUID assignmentId;
    private UUID criterionId;
    private UUID changedBy;
    private Instant changedAt;

    @Column(name = "old_mark")
    private @Nullable BigDecimal oldValue;

    @Column(name = "new_mark")
    private BigDecimal newValue;

    private String reason;

    protected MarkChange() {
        this.id = UUID.randomUUID();
        this.assignmentId = id;
        this.criterionId = id;
        this.changedBy = id;
        this.changedAt = Instant.EPOCH;
        this.newValue = BigDecimal.ZERO;
        this.reason = "";
    }

    MarkChange(
            UUID assignmentId,
            UUID criterionId,
            UUID changedBy,
            Instant changedAt,
            @Nullable BigDecimal oldValue,
            BigDecimal newValue,
            String reason) {
        this.id = UUID.randomUUID();
        this.assignmentId = assignmentId;
        this.criterionId = criterionId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
    }

    public UUID assignmentId() {
        return assignmentId;
    }

    public UUID criterionId() {
        return criterionId;
    }

    public UUID changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public @Nullable BigDecimal oldValue() {
        return oldValue;
    }

    public BigDecimal newValue() {
        return newValue;
    }

    public String reason() {
        return reason;
    }

    public MarkChangeView view() {
        return new MarkChangeView(criterionId, changedBy, changedAt, oldValue, newValue, reason);
    }
}
