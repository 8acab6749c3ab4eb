package org.auditio.common.devdefaults;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.logging.Log;

/**
 * The embedded PostgreSQL runs as its own process ({@code pg_ctl} detaches it), so when the
 * application dies without closing it ({@code kill -9}, a crashed IDE, a lost terminal) the server
 * keeps running on the data folder, and the next start fails: PostgreSQL refuses a second server on
 * a folder whose {@code postmaster.pid} names a live process. Before starting, this stops such a
 * leftover (only a postgres of this very folder that no running application holds) and removes a
 * stale {@code postmaster.pid}, so a development run survives a crash.
 */
final class LeftoverServer {

    static final String PID_FILE = "postmaster.pid";

    /** zonky's embedded PostgreSQL holds a file lock on this file while its application runs. */
    static final String APPLICATION_LOCK = "epg-lock";

    private final Path dataDir;
    private final Log log;
    private final Duration patience;

    LeftoverServer(Path dataDir, Log log, Duration patience) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.log = log;
        this.patience = patience;
    }

    /**
     * Makes the folder startable: stops a leftover server of this folder, removes a stale pid file.
     *
     * @return what was done, if anything (also logged)
     * @throws IllegalStateException if a running application still uses the folder
     */
    Optional<String> clear() {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        Optional<ProcessHandle> live = pidIn(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (live.isPresent() && live.get().info().command().isEmpty()) {
            // Never remove the pid file of a server that may be running: two servers on one folder corrupt it.
            throw new IllegalStateException(dataDir.resolve(PID_FILE) + " names the running process " + live.get().pid()
                    + ", which cannot be inspected: stop it if it is the embedded PostgreSQL, then start again");
        }
        Optional<ProcessHandle> server = live.filter(this::isServerOfThisFolder);
        if (server.isEmpty()) {
            // Its server is gone (the number may belong to another process now, which makes PostgreSQL refuse).
            delete(pidFile);
            return done("Removed a stale " + PID_FILE + " from " + dataDir + " (its server is gone)");
        }
        ProcessHandle postmaster = server.get();
        requireNoApplicationHoldsIt(postmaster.pid());
        long started = System.nanoTime();
        String how = stop(postmaster);
        if (Files.exists(pidFile)) {
            delete(pidFile); // left behind by a killed server
        }
        return done("Stopped the embedded PostgreSQL (pid " + postmaster.pid() + ") that an earlier run left running on "
                + dataDir + " (" + how + ", " + (System.nanoTime() - started) / 1_000_000 + " ms); starting it again");
    }

    private Optional<String> done(String what) {
        log.warn(what);
        return Optional.of(what);
    }

    private static Optional<Long> pidIn(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** A live postgres whose command line names this folder (or, on Linux, that works in it). */
    private boolean isServerOfThisFolder(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command()
                .map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .isPresent();
        if (!postgres) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && sameFolder(Path.of(arguments[i + 1]))) {
                return true;
            }
        }
        return sameFolder(Path.of("/proc", Long.toString(process.pid()), "cwd"));
    }

    private boolean sameFolder(Path path) {
        try {
            return Files.exists(path) && Files.isSameFile(path, dataDir);
        } catch (IOException | SecurityException unreadable) {
            return false;
        }
    }

    /**
     * A second application started on the same folder must not stop the first one's server: the
     * first holds zonky's lock file for as long as it runs (the kernel releases it when it dies).
     */
    private void requireNoApplicationHoldsIt(long pid) {
        try (FileOutputStream stream = new FileOutputStream(
                        dataDir.resolve(APPLICATION_LOCK).toFile());
                FileLock lock = stream.getChannel().tryLock()) {
            if (lock != null) {
                return;
            }
        } catch (OverlappingFileLockException heldHere) {
            // held by this very JVM: in use
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check whether " + dataDir + " is in use", e);
        }
        throw new IllegalStateException("The embedded PostgreSQL in " + dataDir + " (pid " + pid
                + ") belongs to another running Auditio: stop that one first, or give this one its own"
                + " AUDITIO_EMBEDDED_DB_DATA_DIR");
    }

    /** Fast shutdown through the server's own pg_ctl, else SIGTERM, else SIGKILL as a last resort. */
    private String stop(ProcessHandle postmaster) {
        Optional<Path> pgCtl = postmaster
                .info()
                .command()
                .map(command -> Path.of(command).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isPresent() && runPgCtlStop(pgCtl.get()) && exited(postmaster)) {
            return "pg_ctl stop -m fast";
        }
        List<ProcessHandle> children = postmaster.children().toList();
        postmaster.destroy();
        if (exited(postmaster)) {
            return "SIGTERM";
        }
        // Its backends must go too: PostgreSQL refuses to start while they still hold its shared memory.
        children.forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        if (exited(postmaster)) {
            return "SIGKILL after " + patience.toSeconds() + " s";
        }
        throw new IllegalStateException(
                "Could not stop the leftover PostgreSQL (pid " + postmaster.pid() + ") on " + dataDir);
    }

    private boolean runPgCtlStop(Path pgCtl) {
        try {
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                // pg_ctl refuses to run as root: zonky runs it in a user namespace, and so do we.
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(
                    pgCtl.toString(),
                    "-D",
                    dataDir.toString(),
                    "stop",
                    "-m",
                    "fast",
                    "-w",
                    "-t",
                    Long.toString(Math.max(1, patience.toSeconds()))));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(patience.toMillis() + 2000, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean exited(ProcessHandle process) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the stale " + file, e);
        }
    }
}
