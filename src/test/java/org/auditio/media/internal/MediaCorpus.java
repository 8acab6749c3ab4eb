package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

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
}
