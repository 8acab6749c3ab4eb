package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.auditio.AuditioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ingest of a 1 GiB upload through the media store (stream, SHA-256, size cap, fsync, atomic move)
 * against {@code sha256sum} plus {@code cp} and {@code sync} of the same file, in the same run.
 * A measurement, not a test: run it alone with the heap capped,
 * {@code mvn test -Dtest=IngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.heap=-Xmx256m}.
 */
@AuditioTest
class IngestBenchmark {

    private static final long SIZE = 1L << 30;
    private static final int ROUNDS = 3;

    @Autowired
    MediaStorage storage;

    @Test
    void measure() throws Exception {
        Path source = Files.createTempFile("ingest-bench", ".bin");
        Path copy = source.resolveSibling(source.getFileName() + ".copy");
        try {
            write(source);
            long[] ours = new long[ROUNDS];
            long[] baseline = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                baseline[round] = timed(() -> run("sha256sum '" + source + "' > /dev/null && cp '" + source + "' '"
                        + copy + "' && sync '" + copy + "'"));
                Files.deleteIfExists(copy);
                ours[round] = timed(() -> {
                    try (InputStream in = Files.newInputStream(source)) {
                        StagedUpload staged = storage.stage(in, Long.MAX_VALUE);
                        String key = storage.commit(staged);
                        Files.delete(storage.read(key).getFile().toPath());
                    }
                });
            }
            double oursMbs = SIZE / 1e6 / (median(ours) / 1e9);
            double baseMbs = SIZE / 1e6 / (median(baseline) / 1e9);
            System.out.printf(
                    "BENCH ingest 1 GiB, heap max %d MB: store %.0f MB/s, sha256sum+cp+sync %.0f MB/s, ratio %.2f%n",
                    Runtime.getRuntime().maxMemory() >> 20, oursMbs, baseMbs, oursMbs / baseMbs);
        } finally {
            Files.deleteIfExists(source);
            Files.deleteIfExists(copy);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + command);
        }
    }

    /** 1 GiB written in 8 MiB blocks of pseudo-random bytes (never held whole). */
    private static void write(Path file) throws IOException {
        byte[] block = new byte[8 << 20];
        Random random = new Random(42);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < SIZE; written += block.length) {
                random.nextBytes(block);
                out.write(block);
            }
        }
    }
}
