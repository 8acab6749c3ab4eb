package org.auditio.jury;

/** Where one juror stands with one application. A conflicted juror counts as absent, never as a zero. */
public enum AssignmentState {
    TO_SCORE,
    SKIPPED,
    ABSTAINED,
    SUBMITTED,
    CONFLICTED;

    /** Done for the progress bar: submitted or abstained. */
    public boolean done() {
        return this == SUBMITTED || this == ABSTAINED;
    }
}
