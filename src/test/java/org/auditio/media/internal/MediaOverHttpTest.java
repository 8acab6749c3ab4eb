package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.auditio.AsUser;
import org.auditio.Fixtures;
import org.auditio.SharedSecurityContextStrategy;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.media.MediaPolicy;
import org.auditio.media.Recordings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The media URL over a real socket, where Tomcat sends large spans itself (sendfile) and small ones
 * leave from a buffer with their headers: every span is exact on one kept-alive connection, on both
 * sides of the threshold between the two.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The journeys' context (same imports), so no other context is started for this test.
@Import({TestClock.Config.class, SharedSecurityContextStrategy.class, Fixtures.class})
class MediaOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Recordings recordings;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void spans_small_and_large_are_exact_on_one_connection_and_nobody_else_gets_them() throws Exception {
        byte[] wav = MediaCorpus.bytes("tone.wav");
        assertThat(wav.length).isGreaterThan(PlaybackFilter.SMALL_SPAN + 1);
        String owner = TestAccounts.candidate(accounts, Locale.ENGLISH);
        String path = AsUser.call(
                        owner,
                        Role.CANDIDATE,
                        () -> recordings.store(new ByteArrayInputStream(wav), "tone.wav", MediaPolicy.audioOnly()))
                .playbackPath();
        String url = "http://localhost:" + port + path;
        String cookie = TestAccounts.sessionCookie("http://localhost:" + port, owner);

        HttpResponse<byte[]> whole = get(url, cookie, null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(wav);
        assertThat(whole.headers().firstValue("content-type")).contains("audio/vnd.wave");

        // Lengths around the threshold, then random spans, as a seeking player asks for them.
        int[] lengths = {
            1, PlaybackFilter.SMALL_SPAN - 1, PlaybackFilter.SMALL_SPAN, PlaybackFilter.SMALL_SPAN + 1, wav.length
        };
        for (int length : lengths) {
            assertExactSpan(url, cookie, wav, wav.length - length, length);
        }
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            int from = random.nextInt(wav.length);
            assertExactSpan(url, cookie, wav, from, 1 + random.nextInt(wav.length - from));
        }

        String stranger = TestAccounts.candidate(accounts, Locale.ENGLISH);
        String strangerCookie = TestAccounts.sessionCookie("http://localhost:" + port, stranger);
        assertThat(get(url, strangerCookie, "bytes=0-9").statusCode()).isEqualTo(404);
        assertThat(get(url, strangerCookie, null).body()).isEmpty();
        assertThat(get(url, "JSESSIONID=guessed", null).statusCode()).isEqualTo(404);
    }

    @Test
    void other_methods_get_405_with_or_without_session_or_csrf_token_never_a_login_redirect() throws Exception {
        String owner = TestAccounts.candidate(accounts, Locale.ENGLISH);
        String path = AsUser.call(
                        owner,
                        Role.CANDIDATE,
                        () -> recordings.store(
                                new ByteArrayInputStream(MediaCorpus.bytes("tone.wav")),
                                "tone.wav",
                                MediaPolicy.audioOnly()))
                .playbackPath();
        String cookie = TestAccounts.sessionCookie("http://localhost:" + port, owner);
        for (String target : new String[] {path, "/media/unknown-but-well-formed-id", "/media/x"}) {
            for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
                for (String session : new String[] {null, cookie}) {
                    for (String csrf : new String[] {null, "made-up-token"}) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + target))
                                .method(method, HttpRequest.BodyPublishers.ofString("x=1"))
                                .header("Content-Type", "application/x-www-form-urlencoded");
                        if (session != null) {
                            request.header("Cookie", session);
                        }
                        if (csrf != null) {
                            request.header("X-CSRF-TOKEN", csrf);
                        }
                        HttpResponse<String> response =
                                client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        String what = method + " " + target + (session == null ? "" : " with session")
                                + (csrf == null ? "" : " with token");
                        assertThat(response.statusCode()).as(what).isEqualTo(405);
                        assertThat(response.headers().firstValue("allow"))
                                .as(what)
                                .contains("GET, HEAD");
                        assertThat(response.headers().firstValue("location"))
                                .as(what)
                                .isEmpty();
                        assertThat(response.body()).as(what).isEmpty();
                    }
                }
            }
        }
    }

    private void assertExactSpan(String url, String cookie, byte[] wav, int from, int length) throws Exception {
        int to = from + length - 1;
        HttpResponse<byte[]> response = get(url, cookie, "bytes=" + from + "-" + to);
        assertThat(response.statusCode()).as("bytes %d-%d", from, to).isEqualTo(206);
        assertThat(response.headers().firstValue("content-range"))
                .contains("bytes " + from + "-" + to + "/" + wav.length);
        assertThat(response.body()).as("bytes %d-%d", from, to).isEqualTo(Arrays.copyOfRange(wav, from, to + 1));
    }

    private HttpResponse<byte[]> get(String url, String cookie, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie);
        if (range != null) {
            request.header("Range", range);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
