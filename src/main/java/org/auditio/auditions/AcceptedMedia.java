package org.auditio.auditions;

/** What a required piece may be recorded as. */
public enum AcceptedMedia {
    AUDIO,
    VIDEO,
    EITHER;

    public boolean accepts(boolean video) {
        return this == EITHER || (video ? this == VIDEO : this == AUDIO);
    }
}
