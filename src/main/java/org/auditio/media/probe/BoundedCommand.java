package org.auditio.media.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the probe's children (ffmpeg, ffprobe) under limits of their own: an address-space cap, a
 * CPU-time cap and no core dumps, through util-linux's {@code prlimit}. A crafted WAV declaring a
 * 50 MHz sample rate drove ffmpeg's loudness meter to 1.4 GB resident; capped at 512 MB it fails
 * in about two seconds instead. ffmpeg maps about 300 MB of shared libraries before reading
 * anything, and decoding a 1080p video fits in 384 MB, hence the default.
 *
 * <p>The probe itself runs in a process group of its own (the application starts it through
 * {@code setsid}), which its children inherit: killing the group kills them all, even once the
 * probe is gone. Children still running when the probe exits normally are killed by a shutdown
 * hook.
 */
public final class BoundedCommand {

    /** System property (bytes) the application sets on the probe JVM: each child's address space. */
    public static final String MEMORY_PROPERTY = "auditio.probe.child-memory";

    static final long DEFAULT_MEMORY = 512L * 1024 * 1024;
    /** CPU seconds: far above any file's time limit, which kills the whole group earlier. */
    private static final int CPU_SECONDS = 600;

    private static final Path PRLIMIT = Path.of("/usr/bin/prlimit");
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BoundedCommand::killAll, "bounded-command-reaper"));
    }

    private BoundedCommand() {}

    /** Starts {@code builder}'s command under the limits; the caller still owns the process. */
    public static Process start(ProcessBuilder builder) throws IOException {
        builder.command(bounded(builder.command(), memoryLimit()));
        Process process = builder.start();
        RUNNING.add(process);
        process.onExit().thenRun(() -> RUNNING.remove(process));
        return process;
    }

    /** The command prefixed by prlimit, where it exists (util-linux, on every Debian). */
    static List<String> bounded(List<String> command, long memoryBytes) {
        if (!Files.isExecutable(PRLIMIT)) {
            return command;
        }
        List<String> limited = new ArrayList<>(
                List.of(PRLIMIT.toString(), "--as=" + memoryBytes, "--cpu=" + CPU_SECONDS, "--core=0", "--"));
        limited.addAll(command);
        return limited;
    }

    static long memoryLimit() {
        try {
            long bytes = Long.parseLong(System.getProperty(MEMORY_PROPERTY, ""));
            return bytes > 0 ? bytes : DEFAULT_MEMORY;
        } catch (NumberFormatException notSet) {
            return DEFAULT_MEMORY;
        }
    }

    /** Kills every child still running (the probe is ending, or its parent is gone). */
    static void killAll() {
        for (Process process : RUNNING) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
