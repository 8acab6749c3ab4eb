package org.auditio.candidates;

/** How the organisers' list is ordered. */
public record ApplicationSort(Field field, boolean ascending) {

    public enum Field {
        NAME,
        COUNTRY,
        VOICE_PART,
        STATUS,
        AGE,
        SUBMITTED
    }

    public static final ApplicationSort DEFAULT = new ApplicationSort(Field.NAME, true);
}
