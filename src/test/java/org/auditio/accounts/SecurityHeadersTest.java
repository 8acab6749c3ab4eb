package org.auditio.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.auditio.SharedSecurityContextStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Headers over real HTTP: Vaadin serves public pages outside Spring Security's header writer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A second context in the test JVM: without the shared strategy, Vaadin installs its own globally
// and method security in the other tests' context stops seeing their users (vaadin/flow#25507).
@Import(SharedSecurityContextStrategy.class)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void public_pages_carry_the_security_headers() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().map())
                .containsEntry("x-content-type-options", List.of("nosniff"))
                .containsEntry("referrer-policy", List.of("same-origin"))
                .containsKey("permissions-policy")
                .containsEntry("x-frame-options", List.of("DENY"));
        assertThat(response.headers().firstValue("content-security-policy"))
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                        .contains("base-uri 'self'", "form-action 'self'", "connect-src 'self'"));
        assertThat(response.headers().firstValue("set-cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void health_is_public_and_says_up() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void every_page_names_the_icon_and_anyone_may_fetch_it() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String home = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(home).contains("rel=\"icon\"").contains("icons/auditio.svg");
        HttpResponse<String> icon = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/icons/auditio.svg"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("content-type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
    }
}
