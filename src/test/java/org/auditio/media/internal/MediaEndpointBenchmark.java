package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
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
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.media.MediaPolicy;
import org.auditio.media.RecordingInfo;
import org.auditio.media.Recordings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The media endpoint (authorised, ranged) against nginx serving the same 100 MB file from disk, on
 * loopback, in the same run: whole-file downloads and many small range requests, one client each.
 * A measurement, not a test; needs Debian's nginx:
 * {@code mvn test -Dtest=MediaEndpointBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"auditio.media.max-audio-bytes=200000000", "auditio.media.max-video-bytes=400000000"})
class MediaEndpointBenchmark {

    private static final int SIZE = 100_000_000;
    private static final int ROUNDS = 7;
    private static final int WHOLE_DOWNLOADS = 2;
    private static final int RANGE_REQUESTS = 1000;
    private static final int PLAYERS = 4;
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
        // One client, and the same request (session cookie included) to both servers: only the server differs.
        String cookie = sessionCookie(owner);
        HttpClient client = HttpClient.newHttpClient();
        int nginxPort = freePort();
        Process nginx = startNginx(dir, nginxPort);
        try {
            String ourUrl = "http://127.0.0.1:" + port + recording.playbackPath();
            String nginxUrl = "http://127.0.0.1:" + nginxPort + "/voice.wav";
            // Rounds alternate between the two servers, so a busy moment of the machine hits both alike.
            wholeFileMBs(client, ourUrl, cookie);
            wholeFileMBs(client, nginxUrl, cookie);
            rangesPerSecond(client, ourUrl, cookie);
            rangesPerSecond(client, nginxUrl, cookie);
            double[] oursWhole = new double[ROUNDS];
            double[] nginxWhole = new double[ROUNDS];
            double[] oursRanges = new double[ROUNDS];
            double[] nginxRanges = new double[ROUNDS];
            double[] oursPlayers = new double[ROUNDS];
            double[] nginxPlayers = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                oursWhole[round] = wholeFileMBs(client, ourUrl, cookie);
                nginxWhole[round] = wholeFileMBs(client, nginxUrl, cookie);
                oursRanges[round] = rangesPerSecond(client, ourUrl, cookie);
                nginxRanges[round] = rangesPerSecond(client, nginxUrl, cookie);
                oursPlayers[round] = playersRangesPerSecond(ourUrl, cookie);
                nginxPlayers[round] = playersRangesPerSecond(nginxUrl, cookie);
            }
            System.out.printf(
                    "BENCH endpoint whole 100 MB (median of %d): ours %.0f MB/s, nginx %.0f MB/s, ratio %.2f%n",
                    ROUNDS, median(oursWhole), median(nginxWhole), median(oursWhole) / median(nginxWhole));
            System.out.printf(
                    "BENCH endpoint %d ranges of 64 KiB (median of %d): ours %.0f req/s, nginx %.0f req/s, ratio %.2f%n",
                    RANGE_REQUESTS,
                    ROUNDS,
                    median(oursRanges),
                    median(nginxRanges),
                    median(oursRanges) / median(nginxRanges));
            System.out.printf(
                    "BENCH endpoint %d players, %d ranges of 64 KiB each (median of %d): ours %.0f req/s, nginx %.0f req/s, ratio %.2f%n",
                    PLAYERS,
                    RANGE_REQUESTS / PLAYERS,
                    ROUNDS,
                    median(oursPlayers),
                    median(nginxPlayers),
                    median(oursPlayers) / median(nginxPlayers));
        } finally {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    private static double wholeFileMBs(HttpClient client, String url, String cookie) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build();
        long start = System.nanoTime();
        for (int i = 0; i < WHOLE_DOWNLOADS; i++) {
            check(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), 200);
        }
        return (double) SIZE * WHOLE_DOWNLOADS / 1e6 / ((System.nanoTime() - start) / 1e9);
    }

    /** Several players at once (jurors listening at the same time), each with its own connection. */
    private static double playersRangesPerSecond(String url, String cookie) throws Exception {
        List<java.util.concurrent.Callable<Void>> players = new java.util.ArrayList<>();
        for (int p = 0; p < PLAYERS; p++) {
            HttpClient own = HttpClient.newHttpClient();
            players.add(() -> {
                rangeRequests(own, url, cookie, RANGE_REQUESTS / PLAYERS);
                return null;
            });
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(PLAYERS)) {
            long start = System.nanoTime();
            for (var done : pool.invokeAll(players)) {
                done.get();
            }
            return RANGE_REQUESTS / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double rangesPerSecond(HttpClient client, String url, String cookie) throws Exception {
        long start = System.nanoTime();
        rangeRequests(client, url, cookie, RANGE_REQUESTS);
        return RANGE_REQUESTS / ((System.nanoTime() - start) / 1e9);
    }

    private static void rangeRequests(HttpClient client, String url, String cookie, int count) throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < count; i++) {
            long from = (long) (random.nextDouble() * (SIZE - RANGE_BYTES));
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .header("Range", "bytes=" + from + "-" + (from + RANGE_BYTES - 1))
                    .header("Cookie", cookie)
                    .build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            check(response.statusCode(), 206);
            check(response.body().length, RANGE_BYTES);
        }
    }

    /** Logs in through the login form, as a browser does; the session cookie, as a {@code Cookie} header. */
    private String sessionCookie(String email) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://127.0.0.1:" + port;
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        String form =
                "username=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8) + "&password="
                        + java.net.URLEncoder.encode(TestAccounts.PASSWORD, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<Void> login = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (login.headers().firstValue("location").orElse("").contains("error")) {
            throw new IllegalStateException("Login refused");
        }
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue())
                .findFirst()
                .orElseThrow();
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
