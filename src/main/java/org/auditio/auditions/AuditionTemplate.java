package org.auditio.auditions;

/** What a new audition starts from, so an organiser adapts a working call instead of typing one. */
public enum AuditionTemplate {
    /** Nothing but the titles. */
    BLANK,
    /** Range test, sight-reading, set piece, free aria; a five-criterion rubric; S, A, T, B; ages 17 to 26. */
    YOUTH_CHOIR,
    /** A short video and a free piece; a three-criterion rubric; S, A, T, B. */
    WORKSHOP
}
