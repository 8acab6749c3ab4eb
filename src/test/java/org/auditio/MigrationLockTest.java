package org.auditio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades that never break: every migration merged into main stays as it was, and a new one is
 * numbered above all of them (docs/migrations.md). The first test checks the project itself; the
 * others show that each kind of mistake is caught, on a copy.
 */
class MigrationLockTest {

    @TempDir
    Path copy;

    Path migrations;
    Path lock;
    Set<String> modules;

    @BeforeEach
    void copyTheMigrationsAndTheirLock() throws IOException {
        modules = modules();
        migrations = Files.createDirectories(copy.resolve("migration"));
        try (Stream<Path> files = Files.list(MigrationLock.MIGRATIONS)) {
            for (Path file : files.toList()) {
                Files.copy(file, migrations.resolve(file.getFileName()));
            }
        }
        lock = Files.copy(MigrationLock.LOCK, copy.resolve("migrations.sha256"));
    }

    @Test
    void every_migration_on_main_is_listed_unchanged_and_nothing_new_is_left_unlisted() {
        List<String> problems = MigrationLock.problems(MigrationLock.MIGRATIONS, MigrationLock.LOCK, modules);

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void the_lock_lists_the_early_blocks_and_then_one_sequence() throws IOException {
        List<Integer> versions = Files.readAllLines(MigrationLock.LOCK).stream()
                .map(line -> MigrationLock.version(line.substring(66)))
                .toList();

        assertThat(versions).startsWith(1, 2, 3, 10, 11, 12, 13, 20, 21, 26, 30, 31, 32, 40, 50);
        assertThat(versions).isSorted().doesNotHaveDuplicates().contains(60, 61, 62);
    }

    @Test
    void an_edited_migration_is_refused_with_the_way_back() throws IOException {
        Files.writeString(
                migrations.resolve("V50__selection_decisions_and_publication.sql"),
                "-- a harmless-looking comment\n",
                StandardOpenOption.APPEND);

        assertThat(MigrationLock.problems(migrations, lock, modules))
                .singleElement()
                .asString()
                .startsWith("V50__selection_decisions_and_publication.sql differs from the file merged into main")
                .contains("git checkout main -- ")
                .contains("new migration numbered above V");
    }

    @Test
    void a_removed_migration_is_refused() throws IOException {
        Files.delete(migrations.resolve("V13__candidates_outcome_told_once.sql"));

        assertThat(MigrationLock.problems(migrations, lock, modules))
                .singleElement()
                .asString()
                .startsWith("V13__candidates_outcome_told_once.sql was merged into main and is gone");
    }

    @Test
    void a_new_migration_numbered_inside_an_old_block_is_refused_with_the_number_to_take() throws IOException {
        Files.writeString(
                migrations.resolve("V14__candidates_nickname.sql"), "alter table application add nickname text;\n");
        int highest = highestListed();

        assertThat(MigrationLock.problems(migrations, lock, modules))
                .singleElement()
                .asString()
                .startsWith("V14__candidates_nickname.sql is numbered 14, not above V" + highest)
                .endsWith("Rename it V" + (highest + 1) + "__candidates_nickname.sql");
    }

    @Test
    void a_new_migration_above_the_highest_is_to_be_appended_and_the_message_gives_the_line() throws IOException {
        int next = highestListed() + 1;
        Path added = Files.writeString(
                migrations.resolve("V" + next + "__candidates_nickname.sql"),
                "alter table application add nickname text;\n");
        String line = MigrationLock.sha256(added) + "  " + added.getFileName();

        assertThat(MigrationLock.problems(migrations, lock, modules))
                .singleElement()
                .asString()
                .contains("scripts/migration-lock.sh")
                .contains(line);

        Files.writeString(lock, line + "\n", StandardOpenOption.APPEND);
        assertThat(MigrationLock.problems(migrations, lock, modules)).isEmpty();
    }

    @Test
    void a_migration_named_after_no_module_or_not_named_at_all_is_refused() throws IOException {
        int next = highestListed() + 1;
        Files.writeString(migrations.resolve("V" + next + "__misc_cleanup.sql"), "select 1;\n");
        Files.writeString(migrations.resolve("V" + (next + 1) + "_jury_one_underscore.sql"), "select 1;\n");

        assertThat(MigrationLock.problems(migrations, lock, modules))
                .anySatisfy(p -> assertThat(p).startsWith("V" + next + "__misc_cleanup.sql names no module"))
                .anySatisfy(p -> assertThat(p).contains("is not named V<n>__<module>_<what>.sql"))
                .hasSize(2);
    }

    @Test
    void a_line_appended_by_hand_below_the_highest_is_refused() throws IOException {
        Path early = migrations.resolve("V14__candidates_nickname.sql");
        Files.writeString(early, "alter table application add nickname text;\n");
        Files.writeString(
                lock, MigrationLock.sha256(early) + "  " + early.getFileName() + "\n", StandardOpenOption.APPEND);

        assertThat(MigrationLock.problems(migrations, lock, modules))
                .singleElement()
                .asString()
                .startsWith("V14__candidates_nickname.sql is listed after V" + highestListed());
    }

    private int highestListed() throws IOException {
        return Files.readAllLines(MigrationLock.LOCK).stream()
                .mapToInt(line -> MigrationLock.version(line.substring(66)))
                .max()
                .orElseThrow();
    }

    /** The application's modules: the top-level packages under org.auditio. */
    private static Set<String> modules() throws IOException {
        try (Stream<Path> packages = Files.list(Path.of("src/main/java/org/auditio"))) {
            return packages.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
    }
}
