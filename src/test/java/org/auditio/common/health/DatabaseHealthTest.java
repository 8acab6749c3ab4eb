package org.auditio.common.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.auditio.OwnDatabaseFolders;
import org.auditio.SharedSecurityContextStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The database stops under the running application: {@code /actuator/health} says DOWN within a
 * few seconds instead of hanging, and UP again by itself once the database is back. The application
 * gets an embedded PostgreSQL of its own (a data folder of its own), since the one the other tests
 * share must not stop.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "auditio.embedded-db.data-dir=target/health-check-db/${random.uuid}")
// Like every test context: without it, the contexts started before lose sight of tests' users.
@Import(SharedSecurityContextStrategy.class)
class DatabaseHealthTest {

    static {
        OwnDatabaseFolders.sweep("target/health-check-db");
    }

    private static final Duration DOWN_WITHIN = Duration.ofSeconds(6);
    private static final Duration UP_AGAIN_WITHIN = Duration.ofSeconds(20);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void a_frozen_database_is_reported_down_within_seconds_and_up_again_when_it_thaws() throws Exception {
        assertThat(health().statusCode()).isEqualTo(200);

        List<Long> server = serverProcesses();
        signal("STOP", server);
        try {
            Answer frozen = timedHealth();
            assertThat(frozen.status()).isEqualTo(503);
            assertThat(frozen.body()).contains("DOWN");
            assertThat(frozen.took()).isLessThan(DOWN_WITHIN);
        } finally {
            signal("CONT", server);
        }
        awaitUp();
    }

    @Test
    void a_stopped_database_is_reported_down_within_seconds_and_up_again_when_it_restarts_on_its_port()
            throws Exception {
        assertThat(health().statusCode()).isEqualTo(200);
        Path dataDir = dataDir();
        List<String> recorded = postmasterOptions(dataDir);
        Path pgCtl = Path.of(recorded.getFirst()).resolveSibling("pg_ctl");
        String options = String.join(" ", recorded.subList(1, recorded.size()));

        pgCtl(pgCtl, dataDir, "stop", "-m", "fast", "-w");
        try {
            Answer stopped = timedHealth();
            assertThat(stopped.status()).isEqualTo(503);
            assertThat(stopped.took()).isLessThan(DOWN_WITHIN);
        } finally {
            pgCtl(pgCtl, dataDir, "start", "-w", "-o", options);
        }
        awaitUp();
    }

    private record Answer(int status, String body, Duration took) {}

    private Answer timedHealth() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = health();
        return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
    }

    private HttpResponse<String> health() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(60))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void awaitUp() throws Exception {
        long deadline = System.nanoTime() + UP_AGAIN_WITHIN.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = health().statusCode();
            Thread.sleep(200);
        }
        assertThat(status).as("health once the database is back").isEqualTo(200);
    }

    private Path dataDir() throws IOException {
        // The folder serving our port: this context's own server.
        Matcher port = Pattern.compile("localhost:(\\d+)/").matcher(databaseUrl);
        assertThat(port.find()).isTrue();
        try (Stream<Path> dirs = Files.list(Path.of("target/health-check-db"))) {
            for (Path dir : dirs.toList()) {
                Path pid = dir.resolve("postmaster.pid");
                if (Files.exists(pid) && Files.readAllLines(pid).get(3).trim().equals(port.group(1))) {
                    return dir.toAbsolutePath();
                }
            }
        }
        throw new AssertionError("No data folder serves " + databaseUrl);
    }

    /** The postmaster and its children (backends, writers): freezing only the parent leaves them answering. */
    private List<Long> serverProcesses() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir().resolve("postmaster.pid"))
                .getFirst()
                .trim());
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).orElseThrow().children().forEach(child -> pids.add(child.pid()));
        return pids;
    }

    /** The server's program and the options it was started with (port, settings), as it recorded them. */
    private static List<String> postmasterOptions(Path dataDir) throws IOException {
        String recorded = Files.readString(dataDir.resolve("postmaster.opts")).trim();
        List<String> options = new ArrayList<>();
        options.add(recorded.substring(0, recorded.indexOf(' ')));
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(recorded);
        while (quoted.find()) {
            options.add(quoted.group(1));
        }
        int data = options.indexOf("-D");
        options.remove(data + 1);
        options.remove(data);
        return options;
    }

    private static void pgCtl(Path pgCtl, Path dataDir, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("unshare", "-U")); // pg_ctl refuses root: zonky runs it so too
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString()));
        command.addAll(List.of("-l", dataDir.resolve("restart.log").toString()));
        command.addAll(List.of(arguments));
        run(command);
    }

    private static boolean runningAsRoot() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .anyMatch(line -> line.matches("Uid:\\s+0\\s.*"));
    }

    private static void signal(String signal, List<Long> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(pid.toString()));
        run(command);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as("%s finished", command)
                .isTrue();
        assertThat(process.exitValue()).as("%s exit status", command).isZero();
    }
}
