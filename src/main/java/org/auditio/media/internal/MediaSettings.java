package org.auditio.media.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where the store is, and the largest upload accepted per kind (100 MB audio, 1 GB video by default). */
@Component
public class MediaSettings {

    private final Path root;
    private final long maxAudioBytes;
    private final long maxVideoBytes;

    MediaSettings(
            @Value("${auditio.storage.root:uploads}") Path root,
            @Value("${auditio.media.max-audio-bytes:100000000}") long maxAudioBytes,
            @Value("${auditio.media.max-video-bytes:1000000000}") long maxVideoBytes) {
        this.root = root;
        this.maxAudioBytes = maxAudioBytes;
        this.maxVideoBytes = maxVideoBytes;
    }

    public Path root() {
        return root;
    }

    public long maxAudioBytes() {
        return maxAudioBytes;
    }

    public long maxVideoBytes() {
        return maxVideoBytes;
    }
}
