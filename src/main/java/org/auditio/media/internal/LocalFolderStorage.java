package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The store as a local folder: {@code tmp/} for uploads in progress, {@code sha256/ab/cd/<hash>} for
 * committed content. Bytes are streamed through a fixed buffer, fsynced, then moved atomically
 * (and the folder fsynced), so a crash leaves either the whole file or none.
 */
@Component
class LocalFolderStorage implements MediaStorage {

    private static final int BUFFER = 64 * 1024;
    private static final Pattern TEMPORARY_NAME = Pattern.compile("[0-9a-f-]{36}\\.part");
    private static final Pattern KEY = Pattern.compile("sha256/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}");

    private final Path root;
    private final Path temporary;

    LocalFolderStorage(MediaSettings settings) {
        this.root = settings.root().toAbsolutePath().normalize();
        this.temporary = root.resolve("tmp");
        try {
            Files.createDirectories(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the media store under " + root, e);
        }
    }

    @Override
    public StagedUpload stage(InputStream content, long maxBytes) throws IOException {
        String name = UUID.randomUUID() + ".part";
        Path file = temporary.resolve(name);
        MessageDigest sha256 = sha256();
        long size = 0;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                sha256.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        } catch (IOException | RuntimeException | Error failure) {
            Files.deleteIfExists(file);
            throw failure;
        }
        return new StagedUpload(name, HexFormat.of().formatHex(sha256.digest()), size);
    }

    @Override
    public StagedUpload reserve() throws IOException {
        String name = UUID.randomUUID() + ".part";
        Files.createFile(temporary.resolve(name));
        return new StagedUpload(name, "", 0);
    }

    @Override
    public StagedUpload restaged(StagedUpload written) throws IOException {
        Path file = temporaryFile(written);
        MessageDigest sha256 = sha256();
        long size = 0;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                sha256.update(buffer.flip());
                buffer.clear();
                size += read;
            }
            in.force(true);
        }
        return new StagedUpload(written.temporaryName(), HexFormat.of().formatHex(sha256.digest()), size);
    }

    @Override
    public InputStream openStaged(StagedUpload staged) throws IOException {
        return Files.newInputStream(temporaryFile(staged));
    }

    @Override
    public Path stagedFile(StagedUpload staged) {
        return temporaryFile(staged);
    }

    @Override
    public String commit(StagedUpload staged) throws IOException {
        String hash = staged.sha256();
        String key = "sha256/" + hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash;
        Path target = file(key);
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path source = temporaryFile(staged);
        if (Files.exists(target)) {
            Files.delete(source);
            return key;
        }
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentArrivedMeanwhile) {
            Files.deleteIfExists(source);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The store's temporary folder must be on the same file system", e);
        }
        syncFolder(folder);
        return key;
    }

    @Override
    public void discard(StagedUpload staged) {
        try {
            Files.deleteIfExists(temporaryFile(staged));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Resource read(String key) {
        return new FileSystemResource(file(key));
    }

    @Override
    public Optional<Path> localFile(String key) {
        return Optional.of(file(key));
    }

    @Override
    public InputStream openRange(String key, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(file(key), StandardOpenOption.READ);
        try {
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException | RuntimeException failure) {
            channel.close();
            throw failure;
        }
    }

    @Override
    public int sweepTemporary(Instant before) throws IOException {
        int swept = 0;
        try (Stream<Path> files = Files.list(temporary)) {
            for (Path file : files.toList()) {
                if (TEMPORARY_NAME.matcher(file.getFileName().toString()).matches()
                        && Files.getLastModifiedTime(file).toInstant().isBefore(before)
                        && Files.deleteIfExists(file)) {
                    swept++;
                }
            }
        }
        return swept;
    }

    @Override
    public Stream<String> keys() throws IOException {
        Path objects = root.resolve("sha256");
        if (!Files.isDirectory(objects)) {
            return Stream.empty();
        }
        return Files.find(objects, 3, (path, attributes) -> attributes.isRegularFile())
                .map(path -> root.relativize(path).toString().replace('\\', '/'))
                .filter(key -> KEY.matcher(key).matches());
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(file(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    /** A key is ours only in its exact shape: nothing from outside can point elsewhere in the file system. */
    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key);
    }

    private Path temporaryFile(StagedUpload staged) {
        if (!TEMPORARY_NAME.matcher(staged.temporaryName()).matches()) {
            throw new IllegalArgumentException("Not a temporary name: " + staged.temporaryName());
        }
        return temporary.resolve(staged.temporaryName());
    }

    private static void syncFolder(Path folder) throws IOException {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
