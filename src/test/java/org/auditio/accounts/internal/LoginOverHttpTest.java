package org.auditio.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import org.auditio.Fixtures;
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
 * The login form over a real socket, as browsers and attackers reach it: forged forwarding headers
 * and forms posted from other sites.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The journeys' context (same imports), so no other context is started for this test.
@Import({TestClock.Config.class, SharedSecurityContextStrategy.class, Fixtures.class})
class LoginOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_forged_forwarded_for_from_an_unconfigured_peer_is_ignored_by_the_throttle() throws Exception {
        String email = TestAccounts.candidate(accounts, Locale.ENGLISH);
        new LoginOverHttp(port).post(email, "a wrong guess", "X-Forwarded-For", "203.0.113.77");
        assertThat(LoginOverHttp.countedAddresses(jdbc, email)).containsExactly("127.0.0.1");
    }

    @Test
    void a_login_form_posted_from_another_site_logs_nobody_in() throws Exception {
        String email = TestAccounts.candidate(accounts, Locale.ENGLISH);
        LoginOverHttp browser = new LoginOverHttp(port);

        HttpResponse<Void> byOrigin = browser.post(email, TestAccounts.PASSWORD, "Origin", "https://evil.example");
        assertThat(byOrigin.statusCode()).isEqualTo(403);
        assertThat(browser.loggedIn()).isFalse();

        HttpResponse<Void> byFetchSite =
                browser.post(email, TestAccounts.PASSWORD, "Sec-Fetch-Site", "cross-site", "Origin", browser.baseUrl());
        assertThat(byFetchSite.statusCode()).isEqualTo(403);
        HttpResponse<Void> sandboxed = browser.post(email, TestAccounts.PASSWORD, "Origin", "null");
        assertThat(sandboxed.statusCode()).isEqualTo(403);
        assertThat(browser.loggedIn()).isFalse();
    }

    @Test
    void a_login_form_posted_from_the_apps_own_page_logs_in() throws Exception {
        String email = TestAccounts.candidate(accounts, Locale.ENGLISH);
        LoginOverHttp browser = new LoginOverHttp(port);
        assertThat(browser.loggedIn()).isFalse();

        HttpResponse<Void> login = browser.post(
                email, TestAccounts.PASSWORD, "Origin", browser.baseUrl(), "Sec-Fetch-Site", "same-origin");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("location").orElseThrow()).doesNotContain("error");
        assertThat(browser.loggedIn()).isTrue();
    }
}
