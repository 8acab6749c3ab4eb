package org.auditio.media.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Process groups, which Java cannot signal: a probe started through util-linux's {@code setsid}
 * leads a group of its own (its process id is the group's), and every ffmpeg it starts joins it.
 * Killing the group reaches children that outlived their probe, which a walk of the process tree
 * no longer finds once they were handed to init.
 */
final class ProcessGroups {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ProcessGroups() {}

    /** The command, run as the leader of a new process group where setsid exists. */
    static List<String> leading(List<String> command) {
        if (!available()) {
            return command;
        }
        List<String> leading = new ArrayList<>(List.of(SETSID.toString()));
        leading.addAll(command);
        return leading;
    }

    static boolean available() {
        return Files.isExecutable(SETSID);
    }

    /** Sends SIGKILL to the group {@code leader} leads (a no-op when it leads none). */
    static void kill(long leader) {
        if (!available() || leader <= 1) {
            return;
        }
        try {
            // the shell's kill signals a group given as a negative id; no user text reaches the shell
            new ProcessBuilder("/bin/sh", "-c", "kill -KILL -" + leader + " 2>/dev/null")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(2, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no shell: the tree walk in ProbeWorker#close is all there is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
