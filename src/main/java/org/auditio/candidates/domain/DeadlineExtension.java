package org.auditio.candidates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** A later personal deadline an organiser granted, with the reason, recorded for good. */
@Embeddable
public record DeadlineExtension(
        @Column(name = "extended_until") Instant until, String reason, UUID grantedBy, Instant grantedAt) {}
