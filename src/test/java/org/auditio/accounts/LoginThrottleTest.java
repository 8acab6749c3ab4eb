package org.auditio.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.internal.LoginThrottledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@AuditioTest
class LoginThrottleTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    AccountService accounts;

    @Autowired
    TestClock clock;

    @Autowired
    AuthenticationConfiguration authentication;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_eleventh_wrong_password_is_refused_even_when_right_until_the_lock_expires() throws Exception {
        String email = "throttled-" + System.nanoTime() + "@example.org";
        TestAccounts.register(accounts, new Registration("Throttled Tenor", email, PASSWORD, Locale.ENGLISH));
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThatThrownBy(() -> login(email, "wrong password number x", "10.0.0.1"))
                    .as("attempt %d", attempt)
                    .isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofSeconds(31)); // past any growing delay
        }

        assertThatThrownBy(() -> login(email, PASSWORD, "10.0.0.1"))
                .isInstanceOfSatisfying(LoginThrottledException.class, e -> {
                    assertThat(e.locked()).isTrue();
                    assertThat(e.retryAfter()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
                });

        clock.advance(Duration.ofMinutes(15));
        assertThat(login(email, PASSWORD, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void an_attacker_elsewhere_cannot_lock_the_owner_out_only_slow_them_by_the_capped_delay() throws Exception {
        String email = "besieged-" + System.nanoTime() + "@example.org";
        TestAccounts.register(accounts, new Registration("Besieged Bass", email, PASSWORD, Locale.ENGLISH));
        for (int attempt = 1; attempt <= 10; attempt++) {
            clock.advance(Duration.ofSeconds(31));
            assertThatThrownBy(() -> login(email, "attacker's guess", "10.0.1.1"))
                    .as("attempt %d", attempt)
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(email, PASSWORD, "10.0.1.1"))
                .as("the attacker's address is locked, even with the right password")
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        e -> assertThat(e.locked()).isTrue());

        // Right after the attacker's last guess the owner, elsewhere, waits at most the capped delay.
        Duration wait = Duration.ZERO;
        try {
            login(email, PASSWORD, "10.0.1.2");
        } catch (LoginThrottledException e) {
            assertThat(e.locked()).isFalse();
            wait = e.retryAfter();
        }
        assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(30));
        clock.advance(wait);
        assertThat(login(email, PASSWORD, "10.0.1.2").isAuthenticated()).isTrue();
    }

    @Test
    void failures_in_quick_succession_meet_a_growing_delay() throws Exception {
        String email = "hasty-" + System.nanoTime() + "@example.org";
        TestAccounts.register(accounts, new Registration("Hasty Alto", email, PASSWORD, Locale.ENGLISH));
        assertThatThrownBy(() -> login(email, "wrong", "10.0.0.2")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(email, "wrong", "10.0.0.2")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(email, PASSWORD, "10.0.0.2"))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        e -> assertThat(e.locked()).isFalse());
        clock.advance(Duration.ofSeconds(2));
        assertThat(login(email, PASSWORD, "10.0.0.2").isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_account_is_throttled_exactly_like_a_real_one() {
        String ghost = "nobody-" + System.nanoTime() + "@example.org";
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThatThrownBy(() -> login(ghost, "guess", "10.0.0.3")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofSeconds(31));
        }
        assertThatThrownBy(() -> login(ghost, "guess", "10.0.0.3")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void one_address_guessing_many_accounts_is_locked_too() {
        for (int attempt = 1; attempt <= 30; attempt++) {
            String account = "spray-" + attempt + "-" + System.nanoTime() + "@example.org";
            assertThatThrownBy(() -> login(account, "guess", "10.0.0.4")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofSeconds(20));
        }
        assertThatThrownBy(() -> login("fresh-" + System.nanoTime() + "@example.org", "guess", "10.0.0.4"))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        e -> assertThat(e.locked()).isTrue());
    }

    private Authentication login(String email, String password, String address) throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return manager.authenticate(attempt);
    }
}
