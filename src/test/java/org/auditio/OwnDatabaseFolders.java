package org.auditio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Tests that need an embedded PostgreSQL of their own (one that may stop, or an empty database)
 * give it a fresh folder under {@code target/} each run; this removes the folders of earlier runs
 * whose server has stopped (no {@code postmaster.pid}), about 40 MB each.
 */
public final class OwnDatabaseFolders {

    private OwnDatabaseFolders() {}

    public static void sweep(String parent) {
        Path root = Path.of(parent);
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(folder -> !Files.exists(folder.resolve("postmaster.pid")))
                    .forEach(OwnDatabaseFolders::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // Left for the next run or mvn clean.
        }
    }
}
