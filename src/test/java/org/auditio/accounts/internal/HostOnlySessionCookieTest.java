package org.auditio.accounts.internal;

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

/**
 * Production behind HTTPS ({@code AUDITIO_SECURE_COOKIES=true}) over a real socket: the session
 * cookie the server sends is {@code __Host-JSESSIONID}, Secure, for the whole site, without Domain.
 * (Spring Boot's own cookie settings run before {@link SessionCookies}; this shows they do not undo it.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "auditio.secure-cookies=true")
@Import(SharedSecurityContextStrategy.class)
class HostOnlySessionCookieTest {

    @LocalServerPort
    int port;

    @Test
    void the_session_cookie_is_host_only_and_secure() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        HttpResponse.BodyHandlers.discarding());

        List<String> cookies = response.headers().allValues("set-cookie");
        assertThat(cookies)
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("__Host-JSESSIONID=")
                        .contains("; Path=/;", "; Secure", "; HttpOnly")
                        .doesNotContainIgnoringCase("domain="));
        assertThat(cookies).noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    }
}
