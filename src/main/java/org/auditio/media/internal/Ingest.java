package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.auditio.common.UserError;
import org.auditio.media.MediaFacts;
import org.auditio.media.MediaKind;
import org.auditio.media.MediaPolicy;
import org.auditio.media.RecordingInfo;
import org.auditio.media.SoundCheck;
import org.auditio.media.probe.SoundDecode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One upload from first byte to COMPLETE row: an UPLOADING row, bytes staged with hash and size
 * limit, type checked from the content against the allow-list and the policy, remuxed into a clean
 * container and measured by the probe, then the remuxed file committed (its hash is the stored
 * one; the upload's own bytes are discarded). Any refusal or failure removes the staged bytes and
 * the row: nothing is left behind.
 */
@Component
public class Ingest {

    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private final MediaStorage storage;
    private final ContentDetector detector;
    private final RecordingRows rows;
    private final MediaSettings settings;
    private final MetadataExtractor extractor;

    Ingest(
            MediaStorage storage,
            ContentDetector detector,
            RecordingRows rows,
            MediaSettings settings,
            MetadataExtractor extractor) {
        this.extractor = extractor;
        this.storage = storage;
        this.detector = detector;
        this.rows = rows;
        this.settings = settings;
    }

    public RecordingInfo store(UUID ownerId, InputStream content, String declaredName, MediaPolicy policy) {
        UUID id = rows.begin(ownerId, DisplayNames.sanitise(declaredName));
        StagedUpload staged = null;
        StagedUpload remuxed = null;
        boolean completed = false;
        try {
            staged = storage.stage(content, maxBytes(policy));
            AcceptedFormats.Format detected = accepted(staged, policy);
            remuxed = storage.reserve();
            Probed probed = measured(staged, remuxed, detected, policy);
            SoundVerdict.refuseSilentFiles(probed, policy);
            remuxed = storage.restaged(remuxed);
            if (remuxed.sizeBytes() == 0) {
                throw unreadable(policy);
            }
            AcceptedFormats.Format format = AcceptedFormats.asMeasured(detected, probed.facts());
            fits(format, probed.facts(), staged, policy);
            SoundCheck sound = new SoundCheck(
                    probed.sound().silentShare(),
                    probed.sound().fullScaleShare(),
                    SoundVerdict.warnings(probed, policy));
            String key = storage.commit(remuxed);
            RecordingInfo stored = rows.complete(id, remuxed, format.mediaType(), format.kind(), probed, sound, key);
            completed = true;
            return stored;
        } catch (TooLargeException tooLarge) {
            throw new UserError("media.refused.too-large", megabytes(tooLarge.maxBytes()));
        } catch (IOException interrupted) {
            LOG.info("Upload {} did not complete: {}", id, interrupted.toString());
            throw new UserError("media.refused.interrupted");
        } finally {
            if (staged != null) {
                storage.discard(staged);
            }
            if (!completed) {
                if (remuxed != null) {
                    storage.discard(remuxed);
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
        } catch (RuntimeException | StackOverflowError damaged) {
            // Tika's Ogg reader throws on damaged pages: a file we cannot even type is unreadable
            LOG.info("Refused an upload whose type detection failed: {}", damaged.toString());
            throw unreadable(policy);
        }
        Optional<AcceptedFormats.Format> format = AcceptedFormats.of(detected);
        if (format.isEmpty()) {
            LOG.info("Refused an upload detected as {}", detected);
            throw new UserError("media.refused.type", AcceptedFormats.names(policy));
        }
        return format.get();
    }

    /** The slot's rules, once the file is known: its kind, the size for that kind, its duration. */
    private void fits(AcceptedFormats.Format format, MediaFacts facts, StagedUpload staged, MediaPolicy policy) {
        MediaKind kind = format.kind();
        if (!policy.accepts(kind)) {
            throw new UserError("media.refused.kind." + kind.name(), AcceptedFormats.names(policy));
        }
        if (kind == MediaKind.AUDIO && staged.sizeBytes() > settings.maxAudioBytes()) {
            throw new UserError("media.refused.too-large", megabytes(settings.maxAudioBytes()));
        }
        Duration max = policy.maxDuration();
        Duration measured = facts.duration();
        if (max != null && measured != null && measured.compareTo(max) > 0) {
            throw new UserError("media.refused.too-long", minutesSeconds(measured), minutesSeconds(max));
        }
    }

    /**
     * Decodes the upload's whole sound and remuxes it into {@code remuxed}, in the isolated probe (see
     * the media module's documentation: only media packets are stored). The probe's time limit grows
     * by the decode's own (proportional to the file's size). A file the probe cannot survive or remux
     * is refused; so is one whose sound does not decode (see {@link SoundVerdict}). The duration the
     * slot's limit is checked against is the decoded one (see {@link #fits}).
     */
    private Probed measured(
            StagedUpload staged, StagedUpload remuxed, AcceptedFormats.Format format, MediaPolicy policy) {
        Duration limit = extractor.timeLimit().plus(SoundDecode.timeLimit(staged.sizeBytes()));
        return extractor
                .extract(storage.stagedFile(staged), format.mediaType(), storage.stagedFile(remuxed), limit)
                .orElseThrow(() -> unreadable(policy));
    }

    private static UserError unreadable(MediaPolicy policy) {
        return new UserError("media.refused.unreadable", AcceptedFormats.names(policy));
    }

    static String minutesSeconds(Duration duration) {
        long seconds = (duration.toMillis() + 500) / 1000;
        return seconds / 60 + ":" + String.format(java.util.Locale.ROOT, "%02d", seconds % 60);
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

    /** Megabytes as a number the message formats for the user's locale (0.2 stays 0.2, not 0). */
    private static double megabytes(long bytes) {
        return bytes / 1e6;
    }
}
