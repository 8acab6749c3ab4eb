package org.auditio.jury;

/** Why a juror must not score a candidate they recognise. */
public enum ConflictKind {
    TEACHER,
    FAMILY,
    SAME_CHOIR,
    OTHER
}
