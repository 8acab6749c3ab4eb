package org.auditio.media.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.auditio.media.domain.Recording;
import org.auditio.media.domain.RecordingRepository;
import org.auditio.media.domain.RecordingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cleans up after uploads that never finished (the server stopped, the process died): temporary
 * files and UPLOADING rows older than a generous limit go. Then reports, without deleting, stored
 * files no row refers to and complete rows whose file is missing.
 */
@Component
public class StoreSweep {

    private static final Logger LOG = LoggerFactory.getLogger(StoreSweep.class);

    /** What one sweep did and found. */
    public record Report(
            int temporaryFiles, int abandonedRows, Set<String> filesWithoutRow, Set<UUID> rowsWithoutFile) {}

    private final MediaStorage storage;
    private final RecordingRepository recordings;
    private final Clock clock;
    private final Duration staleAfter;

    StoreSweep(
            MediaStorage storage,
            RecordingRepository recordings,
            Clock clock,
            @Value("${auditio.media.stale-upload-after:12h}") Duration staleAfter) {
        this.storage = storage;
        this.recordings = recordings;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @Scheduled(cron = "${auditio.media.sweep:0 23 * * * *}")
    @Transactional
    public Report sweep() throws IOException {
        Instant before = clock.instant().minus(staleAfter);
        int files = storage.sweepTemporary(before);
        List<Recording> abandoned = recordings.findTop500ByStatusAndCreatedAtBefore(RecordingStatus.UPLOADING, before);
        recordings.deleteAll(abandoned);
        Set<String> known = recordings.completeKeys();
        Set<String> filesWithoutRow = new TreeSet<>();
        try (Stream<String> keys = storage.keys()) {
            keys.filter(key -> !known.contains(key)).forEach(filesWithoutRow::add);
        }
        Set<UUID> rowsWithoutFile = new TreeSet<>();
        for (String key : known) {
            if (!storage.exists(key)) {
                rowsWithoutFile.addAll(recordings.completeWithKey(key));
            }
        }
        Report report = new Report(files, abandoned.size(), filesWithoutRow, rowsWithoutFile);
        if (!filesWithoutRow.isEmpty() || !rowsWithoutFile.isEmpty()) {
            LOG.warn(
                    "Media store: {} file(s) without a row, {} recording(s) without a file: {} {}",
                    filesWithoutRow.size(),
                    rowsWithoutFile.size(),
                    filesWithoutRow,
                    rowsWithoutFile);
        }
        if (files > 0 || !abandoned.isEmpty()) {
            LOG.info(
                    "Media store: swept {} unfinished upload file(s) and {} abandoned row(s)", files, abandoned.size());
        }
        return report;
    }
}
