package org.auditio.media.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import org.auditio.media.probe.BoundedCommand;
import org.auditio.media.probe.MetadataProbe;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Measures files with {@link MetadataProbe} running in separate JVMs with a small heap, never in
 * the application: a crafted file can then only crash or stall a probe. Probes are long-lived
 * workers (a JVM start costs more than reading a file), at most {@code workers} at once; a probe
 * that passes the time limit is killed, one that dies is dropped, and each retires after
 * {@link #RETIRE_AFTER} files so that nothing a file left behind lasts. The next file gets a fresh
 * probe. Empty when the probe failed, timed out, ran out of memory, broke the protocol or found the
 * file unreadable. The time limit counts from the request, once the probe said it is ready (a JVM
 * start has its own, longer limit); a killed probe takes its ffmpeg children with it (process
 * group), and each child has an address-space cap ({@code child-memory}).
 */
@Component
public class MetadataExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataExtractor.class);
    static final int RETIRE_AFTER = 200;

    private final Duration timeLimit;
    private final Duration startLimit;
    private final String heap;
    private final long childMemoryBytes;
    private final Semaphore running;
    private final BlockingQueue<ProbeWorker> idle = new LinkedBlockingQueue<>();
    /** Every live probe, idle or busy: all are killed when the application stops. */
    private final Set<ProbeWorker> started = ConcurrentHashMap.newKeySet();

    private volatile boolean stopped;

    @Autowired
    public MetadataExtractor(
            @Value("${auditio.media.probe.time-limit:20s}") Duration timeLimit,
            @Value("${auditio.media.probe.start-limit:60s}") Duration startLimit,
            @Value("${auditio.media.probe.heap:64m}") String heap,
            @Value("${auditio.media.probe.child-memory:512MB}") DataSize childMemory,
            @Value("${auditio.media.probe.workers:2}") int workers) {
        this.timeLimit = timeLimit;
        this.startLimit = startLimit;
        this.heap = heap;
        this.childMemoryBytes = childMemory.toBytes();
        this.running = new Semaphore(Math.max(1, workers));
    }

    MetadataExtractor(Duration timeLimit, String heap, int workers) {
        this(timeLimit, Duration.ofSeconds(60), heap, DataSize.ofMegabytes(512), workers);
    }

    /** Measures an uploaded file where it is (its facts and tags). Empty when it could not be read. */
    public Optional<Probed> extract(Path file, String mediaType) {
        return extract(file, mediaType, null, timeLimit);
    }

    /**
     * Measures the file as uploaded (its whole sound decoded) and writes its media into a fresh
     * container at {@code remuxTo} (see the media module's documentation). Empty when either fails:
     * the upload is then refused.
     */
    Optional<Probed> extractRemuxed(Path file, String mediaType, Path remuxTo) {
        return extract(file, mediaType, remuxTo, timeLimit);
    }

    /** How long a probe may take on a file, before the decode's own allowance (see Ingest). */
    Duration timeLimit() {
        return timeLimit;
    }

    Optional<Probed> extract(Path file, String mediaType, Duration limit) {
        return extract(file, mediaType, null, limit);
    }

    Optional<Probed> extract(Path file, String mediaType, @Nullable Path remuxTo, Duration limit) {
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
            worker.awaitReady(startLimit);
            Optional<List<String>> answer = worker.probe(file, mediaType, remuxTo, limit);
            reusable = worker.served() < RETIRE_AFTER && !stopped;
            if (answer.isEmpty()) {
                LOG.info("The metadata probe found a {} unreadable", mediaType);
            }
            return answer.map(Probed::of);
        } catch (TimeoutException e) {
            LOG.warn("Metadata probe on a {}: {}; killed", mediaType, e.getMessage());
            return Optional.empty();
        } catch (ProbeWorker.ProtocolException e) {
            LOG.error(
                    "Metadata probe broke the protocol on a {} ({}): killed, the file refused",
                    mediaType,
                    e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Metadata probe failed on a {}: {}", mediaType, e.getMessage());
            return Optional.empty();
        } finally {
            if (worker != null) {
                if (reusable) {
                    idle.add(worker);
                } else {
                    close(worker);
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
            close(worker);
        }
        return startWorker();
    }

    private ProbeWorker startWorker() throws IOException {
        if (stopped) {
            throw new IOException("the application is stopping");
        }
        ProbeWorker worker = ProbeWorker.start(command());
        started.add(worker);
        return worker;
    }

    private void close(ProbeWorker worker) {
        worker.close();
        started.remove(worker);
    }

    /** Starts one probe once the application is up, so the first upload does not wait for a JVM. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("metadata-probe-warm-up").start(() -> {
            try {
                idle.add(startWorker());
            } catch (IOException e) {
                LOG.warn("Cannot start a metadata probe: {}", e.getMessage());
            }
        });
    }

    /** The process id of a waiting probe, if any: lets tests see a probe serve several files. */
    Optional<Long> idleWorkerPid() {
        return Optional.ofNullable(idle.peek()).map(ProbeWorker::pid);
    }

    /** Every process of every live probe (probes and their children), for tests. */
    List<ProcessHandle> probeProcesses() {
        return started.stream().flatMap(worker -> worker.processes().stream()).toList();
    }

    /** Kills every probe, busy or idle, with its children: none outlives the application. */
    @PreDestroy
    void stopWorkers() {
        stopped = true;
        for (ProbeWorker worker : List.copyOf(started)) {
            close(worker);
        }
        idle.clear();
    }

    private List<String> command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx" + heap,
                "-Xss1m",
                // a header can ask for a direct buffer of any size: refused at once, never granted
                "-XX:MaxDirectMemorySize=32m",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-Djava.awt.headless=true",
                "-D" + BoundedCommand.MEMORY_PROPERTY + "=" + childMemoryBytes));
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
        return ProcessGroups.leading(command);
    }

    private static boolean packagedInBootJar() {
        var source = MetadataProbe.class.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().toString().contains("BOOT-INF");
    }
}
