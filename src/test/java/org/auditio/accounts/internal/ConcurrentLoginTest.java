package org.auditio.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.PasswordLinks;
import org.auditio.accounts.domain.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wrong passwords fired at one account all at once, from many addresses, on the real database:
 * the throttle must let through no more of them than it would one after the other.
 */
@AuditioTest
class ConcurrentLoginTest {

    private static final int ATTEMPTS = 25;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectProvider<PasswordLinks> links;

    @Test
    void parallel_wrong_passwords_reach_the_password_check_no_more_often_than_sequential_ones() throws Exception {
        String email = TestAccounts.candidate(accounts, Locale.ENGLISH);
        CountingEncoder counting = new CountingEncoder(encoder);
        AuthenticationProvider login = provider(counting);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> attempts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS)) {
            for (int i = 0; i < ATTEMPTS; i++) {
                String address = "198.51.100." + (i + 1);
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        login.authenticate(attempt(email, "wrong guess number " + address, address));
                    } catch (org.springframework.security.core.AuthenticationException expected) {
                        // refused: by the throttle or by the password
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> attempt : attempts) {
                attempt.get();
            }
        }

        // One after the other under the frozen test clock: two free attempts, then a delay.
        assertThat(counting.matches.get()).as("passwords compared").isLessThanOrEqualTo(2);
        assertThat(failureRows(email)).as("failures recorded").isLessThanOrEqualTo(2);
    }

    private AuthenticationProvider provider(PasswordEncoder counting) {
        DaoAuthenticationProvider passwords =
                new DaoAuthenticationProvider(new AccountUserDetailsService(repository, counting));
        passwords.setPasswordEncoder(counting);
        return new ThrottledAuthenticationProvider(passwords, throttle, links);
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password, String address) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }

    private long failureRows(String email) {
        return jdbc.sql("select count(*) from login_failure where subject = ?")
                .param("account:" + email.toLowerCase(Locale.ROOT))
                .query(Long.class)
                .single();
    }

    /** The application's encoder, counting how often a password is compared. */
    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger matches = new AtomicInteger();
        private final PasswordEncoder real;

        CountingEncoder(PasswordEncoder real) {
            this.real = real;
        }

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return real.matches(raw, encoded);
        }
    }
}
