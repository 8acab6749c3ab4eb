package org.auditio.media.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.auditio.media.domain.RecordingRepository;
import org.auditio.media.domain.RecordingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clears what a previous run left when it died mid-upload: its temporary files and UPLOADING rows
 * would otherwise wait for the sweep's 12 hours (and count as uploads in progress until then).
 *
 * <p>Only what is older than this process's start goes: an upload this process accepts between the
 * web server opening and the application being ready is newer, and stays. That is safe because
 * one node runs today, so whatever began before our start belonged to a process that is gone. With
 * several nodes sharing a database and a store, another node's live upload may be older than our
 * start: this recovery must then be limited to the rows and files the starting node itself wrote
 * (a node id on the row and in the temporary name), leaving the rest to the age-based sweep.
 */
@Component
class StartupRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(StartupRecovery.class);

    /** What was removed. */
    record Recovered(int temporaryFiles, int uploadingRows) {}

    private final MediaStorage storage;
    private final RecordingRepository recordings;
    /** Taken while the context is built, before the web server accepts any upload. */
    private final Instant processStart;

    StartupRecovery(MediaStorage storage, RecordingRepository recordings, Clock clock) {
        this.storage = storage;
        this.recordings = recordings;
        this.processStart = clock.instant();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void recoverAtStart() {
        recover(processStart);
    }

    /** Removes temporary files last written, and UPLOADING rows begun, before {@code start}. */
    @Transactional
    public Recovered recover(Instant start) {
        int files;
        try {
            files = storage.sweepTemporary(start);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the media store's temporary folder", e);
        }
        int rows = recordings.deleteByStatusAndCreatedAtBefore(RecordingStatus.UPLOADING, start);
        LOG.info(
                "Media store: removed {} temporary file(s) and {} unfinished upload row(s) left by the previous run",
                files,
                rows);
        return new Recovered(files, rows);
    }
}
