package org.auditio.media;

/**
 * Something about a recording's sound its singer should know, told at upload and shown to the
 * organisers: the recording is kept all the same (a slot's rules refuse, warnings only inform).
 */
public enum SoundWarning {
    /** Shorter than the piece's minimum duration. */
    TOO_SHORT,
    /** Almost no sound: integrated loudness at or below -50 LUFS, or 90 % of the time below -60 dBFS. */
    NEAR_SILENT,
    /** Distorted by clipping: at least 0.1 % of the samples within 0.5 dB of full scale. */
    CLIPPED
}
