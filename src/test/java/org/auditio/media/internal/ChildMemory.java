package org.auditio.media.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Watches the probes' children (ffmpeg, ffprobe) while a test runs: which ran, and their peak resident size. */
final class ChildMemory {

    private final MetadataExtractor extractor;
    private final AtomicBoolean watching = new AtomicBoolean(true);
    private final AtomicLong peak = new AtomicLong();
    private final Set<ProcessHandle> children = ConcurrentHashMap.newKeySet();
    private final Set<Long> probes = ConcurrentHashMap.newKeySet();
    private final Thread thread;

    private ChildMemory(MetadataExtractor extractor) {
        this.extractor = extractor;
        this.thread = Thread.ofPlatform().daemon().name("child-memory").start(this::run);
    }

    static ChildMemory watch(MetadataExtractor extractor) {
        return new ChildMemory(extractor);
    }

    /** Stops watching; the largest resident size seen of any child, in bytes. */
    long stop() throws InterruptedException {
        watching.set(false);
        thread.join();
        return peak.get();
    }

    /** Every child seen (not the probe JVMs themselves). */
    List<ProcessHandle> children() {
        return List.copyOf(children);
    }

    /** The process ids of the probe JVMs seen. */
    Set<Long> probes() {
        return Set.copyOf(probes);
    }

    private void run() {
        while (watching.get()) {
            for (ProcessHandle process : extractor.probeProcesses()) {
                String command = process.info().command().orElse("");
                if (command.endsWith("/java")) {
                    probes.add(process.pid());
                    continue;
                }
                children.add(process);
                peak.accumulateAndGet(residentBytes(process.pid()), Math::max);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException gone) {
            // ended between the listing and the reading
        }
        return 0;
    }
}
