package org.auditio.jury.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.auditio.jury.ConflictKind;

/** A juror must not score this application: declared by the juror, or recorded by an organiser. */
@Entity
@Table(name = "jury_conflict")
public class Conflict {

    @Id
    private UUID id;

    private UUID auditionId;
    private UUID applicationId;
    private UUID jurorId;

    @Enumerated(EnumType.STRING)
    private ConflictKind kind;

    private UUID declaredBy;
    private Instant declaredAt;

    protected Conflict() {
        this.id = UUID.randomUUID();
        this.auditionId = id;
        this.applicationId = id;
        this.jurorId = id;
        this.kind = ConflictKind.OTHER;
        this.declaredBy = id;
        this.declaredAt = Instant.EPOCH;
    }

    public Conflict(
            UUID auditionId, UUID applicationId, UUID jurorId, ConflictKind kind, UUID declaredBy, Instant now) {
        this.id = UUID.randomUUID();
        this.auditionId = auditionId;
        this.applicationId = applicationId;
        this.jurorId = jurorId;
        this.kind = kind;
        this.declaredBy = declaredBy;
        this.declaredAt = now;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public UUID jurorId() {
        return jurorId;
    }

    public ConflictKind kind() {
        return kind;
    }

    public UUID declaredBy() {
        return declaredBy;
    }

    public Instant declaredAt() {
        return declaredAt;
    }
}
