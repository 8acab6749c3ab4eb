package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Metadata extraction per file and format, each in its own short-lived JVM (64 MB heap, time limit),
 * warm (files in the page cache), against one {@code ffprobe} call on the same file in the same run.
 * A measurement, not a test: {@code mvn test -Dtest=MetadataBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class MetadataBenchmark {

    private static final int ROUNDS = 12;

    private final MetadataExtractor extractor = new MetadataExtractor(Duration.ofSeconds(30), "64m", 1);

    @Test
    void measure() throws Exception {
        Map<String, String> files = new TreeMap<>(Map.of(
                "tone.mp3", "audio/mpeg",
                "tone.m4a", "audio/mp4",
                "tone.wav", "audio/vnd.wave",
                "tone.aiff", "audio/x-aiff",
                "tone.flac", "audio/x-flac",
                "tone.ogg", "audio/vorbis",
                "tone.opus", "audio/opus",
                "clip.mp4", "video/mp4",
                "clip.mov", "video/quicktime",
                "clip.webm", "video/webm"));
        Path dir = Files.createTempDirectory("metadata-bench");
        for (var entry : files.entrySet()) {
            Path file = dir.resolve(entry.getKey());
            try (InputStream in = MetadataBenchmark.class.getResourceAsStream("/media/" + entry.getKey())) {
                Files.copy(in, file);
            }
            extractor.extract(file, entry.getValue()); // warm-up
            long[] ours = new long[ROUNDS];
            long[] ffprobe = new long[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                extractor.extract(file, entry.getValue());
                ours[i] = System.nanoTime() - start;
                start = System.nanoTime();
                ffprobe(file);
                ffprobe[i] = System.nanoTime() - start;
            }
            System.out.printf(
                    "BENCH metadata %-10s p50 %5.0f ms  p95 %5.0f ms   ffprobe p50 %4.0f ms  ratio %.1f%n",
                    entry.getKey(), p(ours, 50), p(ours, 95), p(ffprobe, 50), p(ours, 50) / p(ffprobe, 50));
        }
    }

    private static void ffprobe(Path file) throws IOException, InterruptedException {
        new ProcessBuilder("ffprobe", "-v", "quiet", "-show_format", "-show_streams", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
    }

    private static double p(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }
}
