package org.auditio.jury;

/** Whether a juror ever sees the other jurors' marks for a candidate, decided by the organisers. */
public enum OthersMarks {
    /** Never: every juror judges alone to the end. */
    NEVER,
    /** Once the juror has submitted (or abstained on) that candidate themselves: the default. */
    AFTER_OWN_SUBMISSION
}
