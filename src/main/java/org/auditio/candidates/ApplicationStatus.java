package org.auditio.candidates;

/**
 * What the candidate did with an application. A draft or a withdrawn application may change and
 * be submitted before the deadline; a submitted one is read-only until withdrawn.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN
}
