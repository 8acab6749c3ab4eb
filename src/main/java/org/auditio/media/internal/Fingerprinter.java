package org.auditio.media.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs Chromaprint's {@code fpcalc} on one stored file, as a process of its own (it decodes the
 * audio with FFmpeg's libraries, which must never run inside the application) with a time limit,
 * its output written to a file and read back only up to a bound.
 */
@Component
class Fingerprinter {

    /** What fpcalc gave: the raw values, or why there are none. */
    record Result(
            int[] values,
            @Nullable Duration duration,
            @Nullable String failure) {

        static Result failed(String why) {
            return new Result(new int[0], null, why);
        }
    }

    /** Eight values a second: an hour of sound is ~29,000 values, ~350 KB of text. */
    private static final long MAX_OUTPUT_BYTES = 8L * 1024 * 1024;

    private final String command;
    private final Duration timeLimit;

    Fingerprinter(
            @Value("${auditio.media.fingerprint.command:fpcalc}") String command,
            @Value("${auditio.media.fingerprint.time-limit:120s}") Duration timeLimit) {
        this.command = command;
        this.timeLimit = timeLimit;
    }

    /**
     * The file's fingerprint over its whole length ({@code -length 0}).
     *
     * @throws IOException when fpcalc cannot be started at all (not installed): nothing is known
     *     about the file then
     */
    Result fingerprint(Path file) throws IOException, InterruptedException {
        Path output = Files.createTempFile("fpcalc-", ".txt");
        try {
            // -ignore-errors: fpcalc 1.5.1 with Debian's FFmpeg ends every file with "Error decoding
            // audio frame (End of file)" and exit status 3 otherwise, the fingerprint printed all the same.
            Process process = new ProcessBuilder(
                            List.of(command, "-raw", "-signed", "-length", "0", "-ignore-errors", file.toString()))
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            boolean finished;
            try {
                finished = process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException stopping) {
                process.destroyForcibly();
                throw stopping;
            }
            if (!finished) {
                process.destroyForcibly().waitFor();
                return Result.failed("fpcalc took longer than " + timeLimit.toSeconds() + " s");
            }
            if (Files.size(output) > MAX_OUTPUT_BYTES) {
                return Result.failed("fpcalc printed more than " + MAX_OUTPUT_BYTES + " bytes");
            }
            Result result = parse(Files.readString(output, StandardCharsets.US_ASCII));
            return result.failure() == null || process.exitValue() == 0
                    ? result
                    : Result.failed("fpcalc exit status " + process.exitValue());
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** fpcalc's text output: {@code DURATION=<seconds>} and {@code FINGERPRINT=<v1>,<v2>,…}. */
    static Result parse(String text) {
        Duration duration = null;
        for (String line : text.lines().toList()) {
            if (line.startsWith("DURATION=")) {
                try {
                    duration = Duration.ofMillis(Math.round(Double.parseDouble(line.substring(9)) * 1000));
                } catch (NumberFormatException ignored) {
                    // the duration is informative only
                }
            } else if (line.startsWith("FINGERPRINT=")) {
                String list = line.substring(12).trim();
                if (list.isEmpty()) {
                    return Result.failed("no audio to fingerprint");
                }
                String[] parts = list.split(",");
                int[] values = new int[parts.length];
                try {
                    for (int i = 0; i < parts.length; i++) {
                        values[i] = (int) Long.parseLong(parts[i].trim());
                    }
                } catch (NumberFormatException e) {
                    return Result.failed("unreadable fpcalc output");
                }
                return new Result(values, duration, null);
            }
        }
        return Result.failed("no audio to fingerprint");
    }
}
