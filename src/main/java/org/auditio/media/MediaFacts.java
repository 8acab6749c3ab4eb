package org.auditio.media;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What the metadata probe measured; any fact may be unknown (webm without ffprobe has no duration). */
public record MediaFacts(
        @Nullable Duration duration,
        @Nullable Integer sampleRate,
        @Nullable Integer channels,
        @Nullable String audioCodec,
        @Nullable String videoCodec,
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable Integer bitrateKbps) {

    public static MediaFacts unknown() {
        return new MediaFacts(null, null, null, null, null, null, null, null);
    }
}
