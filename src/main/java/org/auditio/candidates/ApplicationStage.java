package org.auditio.candidates;

/** Where an application stands, as its status page says it: the candidate's action, then the audition's progress. */
public enum ApplicationStage {
    DRAFT,
    SUBMITTED,
    WITHDRAWN,
    IN_REVIEW,
    RESULTS_PUBLISHED
}
