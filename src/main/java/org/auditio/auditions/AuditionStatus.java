package org.auditio.auditions;

/**
 * Where an audition stands. Only these moves exist: DRAFT → OPEN → CLOSED → IN_REVIEW → PUBLISHED
 * → ARCHIVED; OPEN becomes CLOSED by itself at the deadline.
 */
public enum AuditionStatus {
    DRAFT,
    OPEN,
    CLOSED,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}
