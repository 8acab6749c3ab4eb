package org.auditio.auditions;

/**
 * A section of the choir, possibly divided (S1, S2 …). A voice part is not a gender: a
 * countertenor sings alto.
 */
public enum VoicePart {
    S,
    S1,
    S2,
    A,
    A1,
    A2,
    T,
    T1,
    T2,
    B,
    B1,
    B2;

    /** The undivided section: S1 and S2 belong to S. */
    public VoicePart section() {
        return valueOf(name().substring(0, 1));
    }

    public boolean isDivision() {
        return name().length() > 1;
    }
}
