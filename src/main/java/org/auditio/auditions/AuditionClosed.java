package org.auditio.auditions;

import java.time.Instant;
import java.util.UUID;

/** The deadline of an audition passed and the closing was recorded. */
public record AuditionClosed(UUID auditionId, Instant closedAt) {}
