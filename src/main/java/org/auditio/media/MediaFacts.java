package org.auditio.media;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the metadata probe measured; any fact may be unknown (webm without ffprobe has no duration).
 * Width, height and frame rate are the picture's, for videos.
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
        @Nullable Double frameRate) {

    /** Facts of a file without pictures, or whose frame rate is unknown. */
    public MediaFacts(
            @Nullable Duration duration,
            @Nullable Integer sampleRate,
            @Nullable Integer channels,
            @Nullable String audioCodec,
            @Nullable String videoCodec,
            @Nullable Integer width,
            @Nullable Integer height,
            @Nullable Integer bitrateKbps) {
        this(duration, sampleRate, channels, audioCodec, videoCodec, width, height, bitrateKbps, null);
    }

    public static MediaFacts unknown() {
        return new MediaFacts(null, null, null, null, null, null, null, null, null);
    }
}
