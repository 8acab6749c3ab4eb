package org.auditio.media;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored recording as its owner and organisers may see it. {@code playbackPath} carries an
 * opaque id only; {@code displayName} is the sanitised client file name, never to be shown to jurors;
 * {@code sound} holds the warnings its singer was given (for the owner and organisers).
 */
public record RecordingInfo(
        UUID id,
        String playbackPath,
        MediaKind kind,
        String contentType,
        long sizeBytes,
        String sha256,
        String displayName,
        Instant createdAt,
        MediaFacts facts,
        SoundCheck sound) {

    public @Nullable Duration duration() {
        return facts.duration();
    }
}
