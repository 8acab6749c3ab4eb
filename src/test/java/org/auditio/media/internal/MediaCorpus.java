package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** The committed test corpus (scripts/generate-media-corpus.sh). */
public final class MediaCorpus {

    private MediaCorpus() {}

    public static InputStream open(String file) {
        return Objects.requireNonNull(MediaCorpus.class.getResourceAsStream("/media/" + file), file);
    }

    public static byte[] bytes(String file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs Debian's ffmpeg quietly; the last argument is the output file, returned. */
    public static Path ffmpeg(Object... arguments) {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
        for (Object argument : arguments) {
            command.add(argument.toString());
        }
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg failed: " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (Path) arguments[arguments.length - 1];
    }
}
