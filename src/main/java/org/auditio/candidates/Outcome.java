package org.auditio.candidates;

/** What an applicant is told when the results are published. */
public enum Outcome {
    SELECTED,
    RESERVE,
    NOT_SELECTED
}
