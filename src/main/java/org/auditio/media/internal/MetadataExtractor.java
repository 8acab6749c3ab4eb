package org.auditio.media.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import org.auditio.media.probe.MetadataProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Measures files with {@link MetadataProbe} running in separate JVMs with a small heap, never in
 * the application: a crafted file can then only crash or stall a probe. Probes are long-lived
 * workers (a JVM start costs more than reading a file), at most {@code workers} at once; a probe
 * that passes the time limit is killed, one that dies is dropped, and each retires after
 * {@link #RETIRE_AFTER} files so that nothing a file left behind lasts. The next file gets a fresh
 * probe. Empty when the probe failed, timed out or ran out of memory.
 */
@Component
public class MetadataExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataExtractor.class);
    static final int RETIRE_AFTER = 200;

    private final Duration timeLimit;
    private final String heap;
    private final Semaphore running;
    private final BlockingQueue<ProbeWorker> idle = new LinkedBlockingQueue<>();

    public MetadataExtractor(
            @Value("${auditio.media.probe.time-limit:20s}") Duration timeLimit,
            @Value("${auditio.media.probe.heap:64m}") String heap,
            @Value("${auditio.media.probe.workers:2}") int workers) {
        this.timeLimit = timeLimit;
        this.heap = heap;
        this.running = new Semaphore(Math.max(1, workers));
    }

    public Optional<Probed> extract(Path file, String mediaType) {
        return extract(file, mediaType, timeLimit);
    }

    /** How long a probe may take on a file, before the decode's own allowance (see Ingest). */
    Duration timeLimit() {
        return timeLimit;
    }

    Optional<Probed> extract(Path file, String mediaType, Duration limit) {
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        ProbeWorker worker = null;
        boolean reusable = false;
        try {
            worker = idleWorker();
            List<String> answer = worker.probe(file, mediaType, limit);
            reusable = worker.served() < RETIRE_AFTER;
            return Optional.of(Probed.of(answer));
        } catch (TimeoutException e) {
            LOG.warn("Metadata probe exceeded {} on a {}: killed", limit, mediaType);
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Metadata probe failed on a {}: {}", mediaType, e.getMessage());
            return Optional.empty();
        } finally {
            if (worker != null) {
                if (reusable) {
                    idle.add(worker);
                } else {
                    worker.close();
                }
            }
            running.release();
        }
    }

    private ProbeWorker idleWorker() throws IOException {
        for (ProbeWorker worker = idle.poll(); worker != null; worker = idle.poll()) {
            if (worker.alive()) {
                return worker;
            }
        }
        return ProbeWorker.start(command());
    }

    /** Starts one probe once the application is up, so the first upload does not wait for a JVM. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("metadata-probe-warm-up").start(() -> {
            try {
                idle.add(ProbeWorker.start(command()));
            } catch (IOException e) {
                LOG.warn("Cannot start a metadata probe: {}", e.getMessage());
            }
        });
    }

    /** The process id of a waiting probe, if any: lets tests see a probe serve several files. */
    Optional<Long> idleWorkerPid() {
        return Optional.ofNullable(idle.peek()).map(ProbeWorker::pid);
    }

    @PreDestroy
    void stopWorkers() {
        for (ProbeWorker worker = idle.poll(); worker != null; worker = idle.poll()) {
            worker.close();
        }
    }

    private List<String> command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx" + heap,
                "-Xss1m",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-Djava.awt.headless=true"));
        String classPath = System.getProperty("java.class.path");
        if (packagedInBootJar()) {
            // In the production jar the probe's classes sit under BOOT-INF: let Boot's launcher find them.
            command.addAll(List.of(
                    "-cp",
                    classPath,
                    "-Dloader.main=" + MetadataProbe.class.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", classPath, MetadataProbe.class.getName()));
        }
        return command;
    }

    private static boolean packagedInBootJar() {
        var source = MetadataProbe.class.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().toString().contains("BOOT-INF");
    }
}
