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
import org.springframework.mock.web.MockServletContext;

/** The session cookie over real HTTP: Secure exactly when the request came over HTTPS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The same context as SecurityHeadersTest (see there why the shared strategy).
@Import(SharedSecurityContextStrategy.class)
class SessionCookiesTest {

    @LocalServerPort
    int port;

    @Test
    void over_plain_http_the_session_cookie_is_not_secure_even_when_an_unconfigured_peer_claims_https()
            throws Exception {
        List<String> plain = cookiesOfAFirstVisit(null);
        assertThat(plain).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
        assertThat(plain).allSatisfy(cookie -> assertThat(cookie.toLowerCase()).doesNotContain("secure"));

        // No proxy is configured by default: a forged X-Forwarded-Proto changes nothing (the case of a
        // configured proxy is in TrustedProxyOverHttpTest).
        List<String> forged = cookiesOfAFirstVisit("https");
        assertThat(forged).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
        assertThat(forged).allSatisfy(cookie -> assertThat(cookie.toLowerCase()).doesNotContain("secure"));
    }

    @Test
    void served_over_https_only_the_cookie_is_host_only_secure_and_for_the_whole_site() {
        MockServletContext servlet = new MockServletContext();
        servlet.getSessionCookieConfig().setDomain("example.org");

        new SessionCookies(true).onStartup(servlet);

        assertThat(servlet.getSessionCookieConfig().getName()).isEqualTo("__Host-JSESSIONID");
        assertThat(servlet.getSessionCookieConfig().isSecure()).isTrue();
        assertThat(servlet.getSessionCookieConfig().getPath()).isEqualTo("/");
        assertThat(servlet.getSessionCookieConfig().getDomain()).isNull();
    }

    @Test
    void by_default_the_cookie_keeps_its_name_so_that_plain_http_development_works() {
        MockServletContext servlet = new MockServletContext();

        new SessionCookies(false).onStartup(servlet);

        assertThat(servlet.getSessionCookieConfig().getName()).isNotEqualTo("__Host-JSESSIONID");
        assertThat(servlet.getSessionCookieConfig().isSecure()).isFalse();
    }

    private List<String> cookiesOfAFirstVisit(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<Void> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().allValues("set-cookie");
    }
}
