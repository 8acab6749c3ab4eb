package org.auditio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migrations against their lock ({@code src/test/resources/db/migrations.sha256}: every migration
 * merged into main, in order, with the SHA-256 of its file, in {@code sha256sum}'s format). Says
 * what is wrong, each problem with the fix, so that the test's message is the instruction.
 */
final class MigrationLock {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path LOCK = Path.of("src/test/resources/db/migrations.sha256");
    static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z]+)_[a-z0-9_]+\\.sql");
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (\\S+)");

    private MigrationLock() {}

    /** Every problem, empty when the migrations are as merged and nothing new is unlisted. */
    static List<String> problems(Path migrations, Path lock, Set<String> modules) {
        List<String> problems = new ArrayList<>();
        Map<String, String> listed = listed(lock, problems);
        int highest = 0;
        for (Map.Entry<String, String> entry : listed.entrySet()) {
            String name = entry.getKey();
            int version = version(name);
            if (version <= highest) {
                problems.add(
                        "%s is listed after V%d in %s: the lock lists migrations in the order they were merged, each above the one before"
                                .formatted(name, highest, lock));
            }
            highest = Math.max(highest, version);
            Path file = migrations.resolve(name);
            if (!Files.exists(file)) {
                problems.add(
                        "%s was merged into main and is gone: restore it (git checkout main -- %s); a migration applied in production is never removed"
                                .formatted(name, file));
            } else if (!sha256(file).equals(entry.getValue())) {
                problems.add(
                        ("%s differs from the file merged into main: migrations already applied are never edited (Flyway"
                                        + " refuses to start on a database that ran the old one). Restore it (git checkout main -- %s)"
                                        + " and put the change in a new migration numbered above V%d")
                                .formatted(name, file, highestOf(listed)));
            }
        }
        int top = highestOf(listed);
        List<Path> unlisted = files(migrations).stream()
                .filter(f -> !listed.containsKey(f.getFileName().toString()))
                .toList();
        for (Path file : unlisted) {
            String name = file.getFileName().toString();
            Matcher matcher = NAME.matcher(name);
            if (!matcher.matches()) {
                problems.add("%s is not named V<n>__<module>_<what>.sql".formatted(name));
            } else if (!modules.contains(matcher.group(2))) {
                problems.add("%s names no module (%s): a migration touches only its own module's tables, named after it"
                        .formatted(name, String.join(", ", modules)));
            } else if (version(name) <= top) {
                problems.add(
                        ("%s is numbered %d, not above V%d, the highest migration merged into main: Flyway would refuse it on"
                                        + " every database that already has V%d (out-of-order is off; docs/migrations.md). Rename it V%d__%s")
                                .formatted(
                                        name,
                                        version(name),
                                        top,
                                        top,
                                        top + 1,
                                        name.substring(name.indexOf("__") + 2)));
            } else {
                problems.add(("%s is new: add it to %s with scripts/migration-lock.sh (it appends the line"
                                + " \"%s  %s\"), once the migration is final")
                        .formatted(name, lock, sha256(file), name));
            }
        }
        return problems;
    }

    static int version(String name) {
        Matcher matcher = NAME.matcher(name);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int highestOf(Map<String, String> listed) {
        return listed.keySet().stream().mapToInt(MigrationLock::version).max().orElse(0);
    }

    private static Map<String, String> listed(Path lock, List<String> problems) {
        Map<String, String> listed = new LinkedHashMap<>();
        if (!Files.exists(lock)) {
            problems.add("%s is missing: it lists every migration merged into main".formatted(lock));
            return listed;
        }
        try {
            for (String line : Files.readAllLines(lock)) {
                Matcher matcher = LINE.matcher(line);
                if (line.isBlank()) {
                    continue;
                }
                if (!matcher.matches() || version(matcher.group(2)) < 0) {
                    problems.add("%s: \"%s\" is not \"<sha-256>  V<n>__<module>_<what>.sql\"".formatted(lock, line));
                } else if (listed.putIfAbsent(matcher.group(2), matcher.group(1)) != null) {
                    problems.add("%s lists %s twice".formatted(lock, matcher.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return listed;
    }

    private static List<Path> files(Path migrations) {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
