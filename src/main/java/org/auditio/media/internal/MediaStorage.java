package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;

/**
 * Where recording bytes live. Callers see staging, commit under a content key, and reading: the
 * local folder now, an S3-compatible store later, without touching callers.
 */
public interface MediaStorage {

    /**
     * Streams {@code content} into a temporary object while hashing and counting it.
     *
     * @throws TooLargeException beyond {@code maxBytes}; nothing is left behind
     * @throws IOException when the content cannot be read (client gone) or written; nothing is left behind
     */
    StagedUpload stage(InputStream content, long maxBytes) throws IOException;

    /** Opens the staged bytes, for type detection before they are committed. */
    InputStream openStaged(StagedUpload staged) throws IOException;

    /** The staged bytes as a local file, for the metadata probe (staging is always local, whatever the store). */
    Path stagedFile(StagedUpload staged);

    /**
     * A new, empty temporary object, as a local file a tool may write (the remux writes the stored
     * version of an upload there). Discard it like any staged upload.
     */
    StagedUpload reserve() throws IOException;

    /** The hash and size of a reserved object once a tool wrote it, made durable (fsync). */
    StagedUpload restaged(StagedUpload written) throws IOException;

    /** Makes the staged bytes durable under their content key (identical content is stored once). */
    String commit(StagedUpload staged) throws IOException;

    /** Deletes a staged object; does nothing once it was committed or already gone. */
    void discard(StagedUpload staged);

    /** The committed bytes, readable in ranges without loading them whole. */
    Resource read(String key);

    /** The committed bytes as a local file, where the store is a folder: the server can then send them itself. */
    Optional<Path> localFile(String key);

    /** Reads {@code length} committed bytes from {@code offset}: what a range request asks for. */
    InputStream openRange(String key, long offset, long length) throws IOException;

    /** Deletes temporary objects last written before {@code before} (uploads that never finished); returns how many. */
    int sweepTemporary(Instant before) throws IOException;

    /** Every committed key, for integrity reports. The caller closes the stream. */
    Stream<String> keys() throws IOException;

    boolean exists(String key);

    /** Deletes a committed object (no row refers to its content any more). */
    void delete(String key) throws IOException;
}
