package org.auditio.common.devdefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A development run after a crash: an application JVM (a child process here) starts the embedded
 * PostgreSQL on a data folder and is killed with SIGKILL; its server keeps running, and the next start
 * must stop it and come back with the data.
 */
class LeftoverServerTest {

    @TempDir
    Path temp;

    private Process application;

    @AfterEach
    void killTheApplication() {
        if (application != null) {
            application.destroyForcibly();
        }
    }

    @Test
    void a_server_left_by_a_killed_application_is_stopped_and_the_folder_starts_again_with_its_data() throws Exception {
        Path data = readableByAnyone(temp.resolve("postgres"));
        application = startApplication(data);
        long postmaster = pidIn(data);
        LeftoverServer leftover = new LeftoverServer(data, LogFactory.getLog(getClass()), Duration.ofSeconds(10));

        assertThatThrownBy(leftover::clear)
                .as("the application still runs: its server is not ours to stop")
                .hasMessageContaining("another running Auditio");
        assertThat(ProcessHandle.of(postmaster)).get().matches(ProcessHandle::isAlive);

        application.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(postmaster))
                .as("killing the application leaves its server running")
                .get()
                .matches(ProcessHandle::isAlive);

        assertThat(leftover.clear()).get().asString().contains("Stopped", "pid " + postmaster, "pg_ctl stop -m fast");
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(data.resolve(LeftoverServer.PID_FILE)).doesNotExist();

        try (EmbeddedPostgres again = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = again.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the crash");
        }
        assertThat(leftover.clear())
                .as("a cleanly stopped server leaves nothing to do")
                .isEmpty();
    }

    @Test
    void a_pid_file_naming_a_process_that_is_not_its_server_is_removed() throws Exception {
        Path data = Files.createDirectories(temp.resolve("stale"));
        Path pidFile = data.resolve(LeftoverServer.PID_FILE);
        // This JVM is alive and no postgres: PostgreSQL itself would refuse to start over that file.
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + data + "\n");

        var done = new LeftoverServer(data, LogFactory.getLog(getClass()), Duration.ofSeconds(1)).clear();

        assertThat(done).get().asString().contains("Removed a stale postmaster.pid");
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void a_folder_without_a_pid_file_is_left_as_it_is() {
        assertThat(new LeftoverServer(temp, LogFactory.getLog(getClass()), Duration.ofSeconds(1)).clear())
                .isEmpty();
    }

    /** A JVM that starts the embedded PostgreSQL on the folder, writes a row and waits to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('written before the crash')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static Process startApplication(Path data) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LeftoverServerTest.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        var output = new StringBuilder();
        var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            output.append(line).append('\n');
            if (line.equals("READY")) {
                // Keep reading what it prints, so that it never blocks on a full pipe.
                Thread.ofVirtual().start(() -> lines.lines().forEach(ignored -> {}));
                return process;
            }
        }
        process.waitFor(5, TimeUnit.SECONDS);
        throw new AssertionError("The application JVM did not start its database:\n" + output);
    }

    private static long pidIn(Path data) throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve(LeftoverServer.PID_FILE))
                .getFirst()
                .trim());
    }

    /** The embedded server may run as an unprivileged user when tests run as root. */
    private Path readableByAnyone(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Path p = dir; p != null && p.startsWith(temp); p = p.getParent()) {
            p.toFile().setExecutable(true, false);
            p.toFile().setReadable(true, false);
        }
        return dir;
    }
}
