package org.auditio.jury.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One juror's mark on one criterion for one application. Its version stops silent overwrites. */
@Entity
@Table(name = "jury_mark")
public class Mark {

    @Id
    private UUID id;

    private UUID criterionId;

    @Column(name = "mark")
    private BigDecimal value;

    private Instant updatedAt;

    @Version
    private long version;

    protected Mark() {
        this.id = UUID.randomUUID();
        this.criterionId = id;
        this.value = BigDecimal.ZERO;
        this.updatedAt = Instant.EPOCH;
    }

    Mark(UUID criterionId, BigDecimal value, Instant now) {
        this.id = UUID.randomUUID();
        this.criterionId = criterionId;
        this.value = value;
        this.updatedAt = now;
    }

    void change(BigDecimal newValue, Instant now) {
        this.value = newValue;
        this.updatedAt = now;
    }

    public UUID criterionId() {
        return criterionId;
    }

    public BigDecimal value() {
        return value;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
