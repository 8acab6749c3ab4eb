package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import org.auditio.common.UserError;
import org.auditio.media.MediaKind;
import org.auditio.media.MediaPolicy;
import org.auditio.media.RecordingInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One upload from first byte to COMPLETE row: an UPLOADING row, bytes staged with hash and size
 * limit, type checked from the content against the allow-list and the policy, then committed. Any
 * refusal or failure removes the staged bytes and the row: nothing is left behind.
 */
@Component
public class Ingest {

    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private final MediaStorage storage;
    private final ContentDetector detector;
    private final RecordingRows rows;
    private final MediaSettings settings;

    Ingest(MediaStorage storage, ContentDetector detector, RecordingRows rows, MediaSettings settings) {
        this.storage = storage;
        this.detector = detector;
        this.rows = rows;
        this.settings = settings;
    }

    public RecordingInfo store(UUID ownerId, InputStream content, String declaredName, MediaPolicy policy) {
        UUID id = rows.begin(ownerId, DisplayNames.sanitise(declaredName));
        StagedUpload staged = null;
        boolean completed = false;
        try {
            staged = storage.stage(content, maxBytes(policy));
            AcceptedFormats.Format format = accepted(staged, policy);
            String key = storage.commit(staged);
            RecordingInfo stored = rows.complete(id, staged, format.mediaType(), format.kind(), key);
            completed = true;
            return stored;
        } catch (TooLargeException tooLarge) {
            throw new UserError("media.refused.too-large", megabytes(tooLarge.maxBytes()));
        } catch (IOException interrupted) {
            LOG.info("Upload {} did not complete: {}", id, interrupted.toString());
            throw new UserError("media.refused.interrupted");
        } finally {
            if (!completed) {
                if (staged != null) {
                    storage.discard(staged);
                }
                rows.forget(id);
            }
        }
    }

    public long maxBytes(MediaPolicy policy) {
        return policy.video() ? settings.maxVideoBytes() : settings.maxAudioBytes();
    }

    private AcceptedFormats.Format accepted(StagedUpload staged, MediaPolicy policy) throws IOException {
        if (staged.sizeBytes() == 0) {
            throw new UserError("media.refused.empty", AcceptedFormats.names(policy));
        }
        String detected;
        try (InputStream bytes = storage.openStaged(staged)) {
            detected = detector.detect(bytes);
        }
        Optional<AcceptedFormats.Format> format = AcceptedFormats.of(detected);
        if (format.isEmpty()) {
            LOG.info("Refused an upload detected as {}", detected);
            throw new UserError("media.refused.type", AcceptedFormats.names(policy));
        }
        MediaKind kind = format.get().kind();
        if (!policy.accepts(kind)) {
            throw new UserError("media.refused.kind." + kind.name(), AcceptedFormats.names(policy));
        }
        if (kind == MediaKind.AUDIO && staged.sizeBytes() > settings.maxAudioBytes()) {
            throw new UserError("media.refused.too-large", megabytes(settings.maxAudioBytes()));
        }
        return format.get();
    }

    /** Deletes a stored recording's row, and its file when no other recording has the same content. */
    public void remove(UUID recordingId) {
        rows.forget(recordingId).ifPresent(key -> {
            try {
                storage.delete(key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static long megabytes(long bytes) {
        return bytes / 1_000_000;
    }
}
