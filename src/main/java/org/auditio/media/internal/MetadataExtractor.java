package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.auditio.media.MediaFacts;
import org.auditio.media.probe.MetadataProbe;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs {@link MetadataProbe} on one file in a fresh JVM with a small heap and a time limit, and
 * kills it when the limit passes. A crafted file can then only crash or stall that process: the
 * next upload gets a new one. Empty when the probe failed, timed out or ran out of memory.
 */
@Component
public class MetadataExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataExtractor.class);
    private static final int MAX_OUTPUT = 16 * 1024;

    private final Duration timeLimit;
    private final String heap;

    public MetadataExtractor(
            @Value("${auditio.media.probe.time-limit:20s}") Duration timeLimit,
            @Value("${auditio.media.probe.heap:64m}") String heap) {
        this.timeLimit = timeLimit;
        this.heap = heap;
    }

    public Optional<MediaFacts> extract(Path file, String mediaType) {
        Path output = null;
        Process probe = null;
        try {
            output = Files.createTempFile("auditio-probe", ".txt");
            probe = new ProcessBuilder(command(file, mediaType))
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!probe.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Metadata probe exceeded {} on a {}: killed", timeLimit, mediaType);
                return Optional.empty();
            }
            if (probe.exitValue() != 0) {
                LOG.warn("Metadata probe failed (exit {}) on a {}", probe.exitValue(), mediaType);
                return Optional.empty();
            }
            return Optional.of(facts(read(output)));
        } catch (IOException e) {
            LOG.error("Cannot run the metadata probe", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (probe != null && probe.isAlive()) {
                probe.destroyForcibly();
            }
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file of a few bytes
                }
            }
        }
    }

    private List<String> command(Path file, String mediaType) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx" + heap,
                "-Xss1m",
                "-XX:+UseSerialGC",
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
        command.add(file.toAbsolutePath().toString());
        command.add(mediaType);
        return command;
    }

    private static boolean packagedInBootJar() {
        var source = MetadataProbe.class.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().toString().contains("BOOT-INF");
    }

    private static String read(Path output) throws IOException {
        try (InputStream in = Files.newInputStream(output)) {
            return new String(in.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
        }
    }

    static MediaFacts facts(String output) {
        Map<String, String> found = new HashMap<>();
        output.lines().forEach(line -> {
            int equals = line.indexOf('=');
            if (equals > 0) {
                found.put(line.substring(0, equals), line.substring(equals + 1));
            }
        });
        return new MediaFacts(
                duration(found.get("durationSeconds")),
                integer(found.get("sampleRate")),
                integer(found.get("channels")),
                text(found.get("audioCodec")),
                text(found.get("videoCodec")),
                integer(found.get("width")),
                integer(found.get("height")),
                integer(found.get("bitrateKbps")));
    }

    private static @Nullable Duration duration(@Nullable String seconds) {
        try {
            if (seconds == null) {
                return null;
            }
            double value = Double.parseDouble(seconds);
            return value > 0 && value < 24 * 3600 ? Duration.ofMillis(Math.round(value * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Integer integer(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null ? null : value.substring(0, Math.min(value.length(), 100));
    }
}
