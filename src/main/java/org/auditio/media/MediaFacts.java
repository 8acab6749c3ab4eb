package org.auditio.media;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the metadata probe measured; any fact may be unknown (webm without ffprobe has no duration).
 * Width, height and frame rate are the picture's, for videos; loudness is EBU R128's integrated
 * loudness in LUFS and the true peak in dBFS, for levelling playback.
 */
public record MediaFacts(
        @Nullable Duration duration,
        @Nullable Integer sampleRate,
        @Nullable Integer channels,
        @Nullable String audioCodec,
        @Nullable String videoCodec,
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable Integer bitrateKbps,
        @Nullable Double frameRate,
        @Nullable Double loudnessLufs,
        @Nullable Double truePeakDbfs) {

    /** Facts of a file whose frame rate and loudness are unknown. */
    public MediaFacts(
            @Nullable Duration duration,
            @Nullable Integer sampleRate,
            @Nullable Integer channels,
            @Nullable String audioCodec,
            @Nullable String videoCodec,
            @Nullable Integer width,
            @Nullable Integer height,
            @Nullable Integer bitrateKbps) {
        this(duration, sampleRate, channels, audioCodec, videoCodec, width, height, bitrateKbps, null, null, null);
    }

    public static MediaFacts unknown() {
        return new MediaFacts(null, null, null, null, null, null, null, null, null, null, null);
    }
}
