package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.auditio.AsUser;
import org.auditio.RegistrationLinks;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.media.MediaPolicy;
import org.auditio.media.RecordingInfo;
import org.auditio.media.Recordings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The media endpoint (authorised, ranged) against nginx serving the same 100 MB file from disk, on
 * loopback, in the same run: whole-file downloads, one player's many small range requests, and four
 * players at once. Both servers get the same requests (session cookie included) from wrk, a native
 * client in its own process, so the server's JVM shares neither its heap nor its threads with the
 * client. A measurement, not a test; needs Debian's nginx and wrk:
 * {@code mvn test -Dtest=MediaEndpointBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"auditio.media.max-audio-bytes=200000000", "auditio.media.max-video-bytes=400000000"})
@Import(RegistrationLinks.class)
class MediaEndpointBenchmark {

    private static final int SIZE = 100_000_000;
    private static final int ROUNDS = 5;
    private static final int SECONDS = 3;
    private static final int RANGE_BYTES = 64 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Recordings recordings;

    @Test
    void measure() throws Exception {
        Path dir = Files.createTempDirectory("endpoint-bench");
        Path wav = dir.resolve("voice.wav");
        writeWav(wav);
        String owner = TestAccounts.candidate(accounts, java.util.Locale.ENGLISH);
        RecordingInfo recording;
        try (InputStream in = Files.newInputStream(wav)) {
            recording = AsUser.call(
                    owner, Role.CANDIDATE, () -> recordings.store(in, "voice.wav", MediaPolicy.audioOnly()));
        }
        Path ranges = dir.resolve("ranges.lua");
        Files.writeString(ranges, """
                -- Random 64 KiB ranges, the same sequence for both servers.
                math.randomseed(7)
                request = function()
                  local from = math.floor(math.random() * (%d - %d))
                  wrk.headers["Range"] = "bytes=" .. from .. "-" .. (from + %d - 1)
                  return wrk.format("GET", nil)
                end
                """.formatted(SIZE, RANGE_BYTES, RANGE_BYTES));
        String cookie = TestAccounts.sessionCookie("http://127.0.0.1:" + port, owner);
        int nginxPort = freePort();
        Process nginx = startNginx(dir, nginxPort);
        // An interrupted run (Ctrl-C) skips the finally block: nginx and the 100 MB file must not outlive the JVM.
        Thread stopNginx = new Thread(() -> stop(nginx, dir));
        Runtime.getRuntime().addShutdownHook(stopNginx);
        try {
            List<String> servers = List.of(
                    "http://127.0.0.1:" + port + recording.playbackPath(),
                    "http://127.0.0.1:" + nginxPort + "/voice.wav");
            for (String url : servers) {
                checkRange(url, cookie);
                wrk(url, cookie, 1, null); // warm-up
                wrk(url, cookie, 1, ranges);
            }
            double[][] whole = new double[2][ROUNDS];
            double[][] onePlayer = new double[2][ROUNDS];
            double[][] fourPlayers = new double[2][ROUNDS];
            // Rounds alternate between the two servers, so a busy moment of the machine hits both alike.
            for (int round = 0; round < ROUNDS; round++) {
                for (int server = 0; server < 2; server++) {
                    whole[server][round] = wrk(servers.get(server), cookie, 1, null) * SIZE / 1e6;
                    onePlayer[server][round] = wrk(servers.get(server), cookie, 1, ranges);
                    fourPlayers[server][round] = wrk(servers.get(server), cookie, 4, ranges);
                }
            }
            report("whole 100 MB, MB/s", whole);
            report("one player, 64 KiB ranges, req/s", onePlayer);
            report("four players, 64 KiB ranges, req/s", fourPlayers);
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopNginx);
            stop(nginx, dir);
            AsUser.run(owner, Role.CANDIDATE, () -> recordings.remove(recording.id()));
        }
    }

    private static void stop(Process nginx, Path dir) {
        nginx.destroy();
        try {
            nginx.waitFor();
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        } catch (InterruptedException | IOException e) {
            throw new IllegalStateException("Could not clean up " + dir, e);
        }
    }

    /** Requests per second of one wrk thread over {@code connections} keep-alive connections. */
    private static double wrk(String url, String cookie, int connections, @Nullable Path script) throws Exception {
        List<String> command = new java.util.ArrayList<>(
                List.of("wrk", "-t1", "-c" + connections, "-d" + SECONDS + "s", "-H", "Cookie: " + cookie, url));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0 || out.contains("Non-2xx") || out.contains("Socket errors")) {
            throw new IllegalStateException("wrk failed on " + url + ":\n" + out);
        }
        java.util.regex.Matcher rate =
                java.util.regex.Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("No rate in wrk's output:\n" + out);
        }
        return Double.parseDouble(rate.group(1));
    }

    private static void report(String what, double[][] results) {
        double ours = median(results[0]);
        double nginx = median(results[1]);
        System.out.printf(
                "BENCH endpoint %s (median of %d, %d s each): ours %.0f, nginx %.0f, ratio %.2f (rounds %s)%n",
                what, ROUNDS, SECONDS, ours, nginx, ours / nginx, ratios(results));
    }

    private static String ratios(double[][] results) {
        StringBuilder each = new StringBuilder();
        for (int round = 0; round < ROUNDS; round++) {
            each.append(round == 0 ? "" : " ").append(String.format("%.2f", results[0][round] / results[1][round]));
        }
        return each.toString();
    }

    /** Both servers answer the benchmark's request alike: 206 and exactly the range. */
    private static void checkRange(String url, String cookie) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Range", "bytes=1000-" + (1000 + RANGE_BYTES - 1))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        check(response.statusCode(), 206);
        check(response.body().length, RANGE_BYTES);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Process startNginx(Path root, int port) throws IOException, InterruptedException {
        Path conf = root.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                  access_log off;
                  sendfile on;
                  client_body_temp_path %1$s;
                  proxy_temp_path %1$s;
                  fastcgi_temp_path %1$s;
                  uwsgi_temp_path %1$s;
                  scgi_temp_path %1$s;
                  server { listen 127.0.0.1:%2$d; root %1$s; }
                }
                """.formatted(root, port));
        Process nginx = new ProcessBuilder("nginx", "-c", conf.toString(), "-p", root.toString())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("nginx.out").toFile())
                .start();
        for (int i = 0; i < 50; i++) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not start: " + Files.readString(root.resolve("nginx.out")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A 16-bit mono 48 kHz WAV of noise, 100 MB, written in blocks. */
    private static void writeWav(Path file) throws IOException {
        int data = SIZE - 44;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + data).put("WAVE".getBytes());
        header.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
        header.putInt(48_000).putInt(96_000).putShort((short) 2).putShort((short) 16);
        header.put("data".getBytes()).putInt(data);
        byte[] block = new byte[1 << 20];
        Random random = new Random(1);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header.array());
            for (int written = 0; written < data; written += block.length) {
                random.nextBytes(block);
                out.write(block, 0, Math.min(block.length, data - written));
            }
        }
    }

    private static void check(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException("Expected " + expected + " but got " + actual);
        }
    }
}
