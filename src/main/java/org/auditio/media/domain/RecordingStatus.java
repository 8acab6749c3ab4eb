package org.auditio.media.domain;

/** UPLOADING while bytes arrive (a row left in it means an interrupted upload); COMPLETE once the file is in place. */
public enum RecordingStatus {
    UPLOADING,
    COMPLETE
}
