package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The application's side of the probe protocol, against stand-in probes written in shell: a worker
 * trusts only the answer that echoes its request's id, and kills a probe that says anything else.
 */
class ProbeWorkerTest {

    /** Reads one request, answers with the id it carries (or not), as the real probe would. */
    private static final String ANSWER_WITH_ITS_ID =
            "read r; id=$(echo \"$r\" | sed 's/.*\"id\":\"\\([0-9a-f]*\\)\".*/\\1/'); ";

    private static final Path FILE = Path.of("/tmp/upload.part");

    @Test
    void a_slow_start_has_its_own_limit_and_the_files_limit_counts_from_the_ready_frame() throws Exception {
        try (ProbeWorker worker = fake("sleep 2; echo '{\"ready\":true}'; " + ANSWER_WITH_ITS_ID
                + "echo \"{\\\"id\\\":\\\"$id\\\",\\\"facts\\\":{\\\"sampleRate\\\":\\\"22050\\\"}}\"; sleep 5")) {
            worker.awaitReady(Duration.ofSeconds(30));
            Optional<List<String>> answer = worker.probe(FILE, "audio/vnd.wave", null, Duration.ofSeconds(1));
            assertThat(answer).contains(List.of("sampleRate=22050"));
        }
    }

    @Test
    void a_probe_that_is_not_ready_within_its_start_limit_is_given_up() throws Exception {
        try (ProbeWorker worker = fake("sleep 5; echo '{\"ready\":true}'")) {
            assertThatThrownBy(() -> worker.awaitReady(Duration.ofMillis(500))).isInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void an_answer_to_another_request_is_never_attributed_and_breaks_the_worker() throws Exception {
        try (ProbeWorker worker = fake("echo '{\"ready\":true}'; read r; "
                + "echo '{\"id\":\"0123456789abcdef\",\"facts\":{\"sampleRate\":\"44100\"}}'; sleep 5")) {
            worker.awaitReady(Duration.ofSeconds(30));
            assertThatThrownBy(() -> worker.probe(FILE, "audio/mpeg", null, Duration.ofSeconds(10)))
                    .isInstanceOf(ProbeWorker.ProtocolException.class);
        }
    }

    @Test
    void the_old_line_protocol_or_any_malformed_frame_breaks_the_worker() throws Exception {
        try (ProbeWorker worker = fake("echo '{\"ready\":true}'; read r; echo 'sampleRate=44100'; echo '.'; sleep 5")) {
            worker.awaitReady(Duration.ofSeconds(30));
            assertThatThrownBy(() -> worker.probe(FILE, "audio/mpeg", null, Duration.ofSeconds(10)))
                    .isInstanceOf(ProbeWorker.ProtocolException.class);
        }
    }

    @Test
    void an_endless_line_is_cut_at_the_frame_limit_and_breaks_the_worker() throws Exception {
        try (ProbeWorker worker =
                fake("echo '{\"ready\":true}'; read r; head -c 2000000 /dev/zero | tr '\\0' a; sleep 5")) {
            worker.awaitReady(Duration.ofSeconds(30));
            assertThatThrownBy(() -> worker.probe(FILE, "audio/mpeg", null, Duration.ofSeconds(10)))
                    .isInstanceOf(ProbeWorker.ProtocolException.class)
                    .hasMessageContaining(String.valueOf(ProbeWorker.MAX_FRAME));
        }
    }

    @Test
    void an_unreadable_answer_refuses_the_file_and_keeps_the_worker() throws Exception {
        try (ProbeWorker worker = fake("echo '{\"ready\":true}'; " + ANSWER_WITH_ITS_ID
                + "echo \"{\\\"id\\\":\\\"$id\\\",\\\"unreadable\\\":\\\"OutOfMemoryError\\\"}\"; sleep 5")) {
            worker.awaitReady(Duration.ofSeconds(30));
            assertThat(worker.probe(FILE, "audio/mpeg", null, Duration.ofSeconds(10)))
                    .isEmpty();
            assertThat(worker.alive()).isTrue();
        }
    }

    @Test
    void closing_a_worker_kills_its_whole_process_group_even_a_child_whose_probe_died() throws Exception {
        // the stand-in probe starts a child in its group, then dies: the child is handed to init
        ProbeWorker worker = ProbeWorker.start(ProcessGroups.leading(
                List.of("/bin/sh", "-c", "sleep 60 & echo \"{\\\"child\\\":$!}\"; exec sleep 60")));
        long probe = worker.pid();
        ProcessHandle child = firstChild(probe);
        assertThat(groupOf(probe)).isEqualTo(probe);
        assertThat(groupOf(child.pid())).isEqualTo(probe);
        ProcessHandle probeHandle = ProcessHandle.of(probe).orElseThrow();
        probeHandle.destroyForcibly();
        probeHandle.onExit().join();
        assertThat(child.isAlive()).as("the orphan runs on").isTrue();

        worker.close();

        child.onExit().orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join();
        assertThat(child.isAlive()).isFalse();
    }

    private static long groupOf(long pid) throws Exception {
        String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[2]);
    }

    private static ProcessHandle firstChild(long pid) throws InterruptedException {
        for (int tries = 0; tries < 200; tries++) {
            Optional<ProcessHandle> child =
                    ProcessHandle.of(pid).orElseThrow().children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the stand-in probe started no child");
    }

    private static ProbeWorker fake(String script) throws Exception {
        return ProbeWorker.start(List.of("/bin/sh", "-c", script));
    }
}
