package org.auditio.media.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.auditio.media.MediaKind;
import org.auditio.media.RecordingInfo;
import org.auditio.media.SoundCheck;
import org.auditio.media.domain.Recording;
import org.auditio.media.domain.RecordingRepository;
import org.auditio.media.domain.RecordingStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The short transactions around an upload: none is held open while bytes arrive. */
@Component
public class RecordingRows {

    private final RecordingRepository recordings;
    private final Clock clock;

    RecordingRows(RecordingRepository recordings, Clock clock) {
        this.recordings = recordings;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UUID begin(UUID ownerId, String displayName) {
        return recordings
                .saveAndFlush(new Recording(ownerId, OpaqueIds.next(), displayName, clock.instant()))
                .id();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public RecordingInfo complete(
            UUID id,
            StagedUpload staged,
            String contentType,
            MediaKind kind,
            Probed probed,
            SoundCheck sound,
            String key) {
        Recording recording = recordings.findById(id).orElseThrow();
        recording.complete(
                staged.sha256(), staged.sizeBytes(), contentType, kind, probed.facts(), key, clock.instant());
        recording.keepEmbeddedTags(probed.tags());
        recording.keepSoundCheck(sound);
        return recordings.saveAndFlush(recording).info();
    }

    /** Forgets a refused or abandoned upload; returns the content key no other row uses any more, if any. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> forget(UUID id) {
        return recordings.findById(id).flatMap(recording -> {
            recordings.delete(recording);
            recordings.flush();
            String sha256 = recording.sha256();
            if (sha256 == null
                    || recording.storageKey() == null
                    || recordings.countBySha256AndStatus(sha256, RecordingStatus.COMPLETE) > 0) {
                return Optional.empty();
            }
            return Optional.ofNullable(recording.storageKey());
        });
    }
}
