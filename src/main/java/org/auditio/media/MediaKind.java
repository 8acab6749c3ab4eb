package org.auditio.media;

/** What a stored recording is, by its content: sound only, or moving pictures. */
public enum MediaKind {
    AUDIO,
    VIDEO
}
