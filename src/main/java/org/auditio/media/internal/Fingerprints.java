package org.auditio.media.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.auditio.media.domain.Recording;
import org.auditio.media.domain.RecordingFingerprint;
import org.auditio.media.domain.RecordingFingerprintRepository;
import org.auditio.media.domain.RecordingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fingerprints every COMPLETE recording once, after it is stored: the recordings without a
 * fingerprint row are the queue, so nothing is lost when the application stops, and uploads never
 * wait for it. One file at a time on a thread of its own (never the scheduler's, which other jobs
 * share), one fpcalc process per file.
 */
@Component
public class Fingerprints {

    private static final Logger LOG = LoggerFactory.getLogger(Fingerprints.class);
    private static final int BATCH = 50;

    private final RecordingFingerprintRepository fingerprints;
    private final RecordingRepository recordings;
    private final MediaStorage storage;
    private final Fingerprinter fingerprinter;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("fingerprints").daemon().factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean unavailableTold = new AtomicBoolean();

    Fingerprints(
            RecordingFingerprintRepository fingerprints,
            RecordingRepository recordings,
            MediaStorage storage,
            Fingerprinter fingerprinter,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.fingerprints = fingerprints;
        this.recordings = recordings;
        this.storage = storage;
        this.fingerprinter = fingerprinter;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Looks for new recordings now and then; "-" switches it off (tests call {@link #drain()}). */
    @Scheduled(cron = "${auditio.media.fingerprint.cron:*/15 * * * * *}")
    @EventListener(ApplicationReadyEvent.class)
    void wakeUp() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    LOG.warn("Fingerprinting stopped for now", e);
                }
            });
        }
    }

    /** Fingerprints every recording still waiting; returns how many were done. */
    public int drain() {
        int done = 0;
        long started = System.nanoTime();
        while (true) {
            List<UUID> pending = transaction.execute(status -> fingerprints.pending(BATCH));
            if (pending == null || pending.isEmpty()) {
                break;
            }
            for (UUID id : pending) {
                if (!fingerprint(id)) {
                    return done;
                }
                done++;
            }
        }
        if (done > 0) {
            LOG.info(
                    "Fingerprinted {} recording(s) in {} ms",
                    done,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        return done;
    }

    /** False when fpcalc cannot run at all: the recording stays in the queue for a later start. */
    private boolean fingerprint(UUID recordingId) {
        Optional<String> key =
                transaction.execute(status -> recordings.findById(recordingId).map(Recording::storageKey));
        if (key == null || key.isEmpty()) {
            return true;
        }
        Optional<Path> file = storage.localFile(key.get());
        Fingerprinter.Result result;
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            result = Fingerprinter.Result.failed("file missing from the store");
        } else {
            try {
                result = fingerprinter.fingerprint(file.get());
            } catch (IOException notInstalled) {
                if (unavailableTold.compareAndSet(false, true)) {
                    LOG.warn(
                            "Cannot run fpcalc (install Debian's libchromaprint-tools): recordings are not"
                                    + " fingerprinted, so re-encoded copies are not flagged: {}",
                            notInstalled.getMessage());
                }
                return false;
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        Fingerprinter.Result kept = result;
        transaction.executeWithoutResult(status -> fingerprints.keep(
                recordingId,
                RecordingFingerprint.pack(kept.values()),
                kept.duration() == null ? null : kept.duration().toMillis(),
                clock.instant(),
                kept.failure()));
        return true;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
