package org.auditio.jury.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A juror on a panel, with the seed of their own listening order (kept for audit). */
@Embeddable
public record JurySeat(
        @Column(name = "juror_id") UUID jurorId,
        @Column(name = "seed") long seed) {}
