package org.auditio.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.auditio.RegistrationLinks;
import org.auditio.SharedSecurityContextStrategy;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Behind a configured reverse proxy, the client address it forwards is the one the throttle counts,
 * and the scheme it forwards decides whether the session cookie is {@code Secure}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "auditio.trusted-proxies=10.9.8.0/24, 127.0.0.1")
@Import({TestClock.Config.class, RegistrationLinks.class, SharedSecurityContextStrategy.class})
class TrustedProxyOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_address_forwarded_by_a_configured_proxy_is_the_one_counted() throws Exception {
        String email = TestAccounts.candidate(accounts, Locale.ENGLISH);
        new LoginOverHttp(port).post(email, "a wrong guess", "X-Forwarded-For", "203.0.113.78");
        assertThat(LoginOverHttp.countedAddresses(jdbc, email)).containsExactly("203.0.113.78");
    }

    @Test
    void a_configured_proxy_saying_https_gets_a_secure_session_cookie() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().allValues("set-cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).contains("; Secure", "; HttpOnly", "SameSite=Lax"));
    }
}
