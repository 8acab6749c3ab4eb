package org.auditio.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, per account name and per client address, whether the account
 * exists or not (so the answers reveal nothing). For an account, from the third failure in the
 * window each attempt waits 1, 2, 4 … up to 30 seconds after the previous failure, and after 10
 * failures it is locked until 15 minutes after the last one. An address, which a whole school or
 * choir may share behind one router, gets no delay and is locked only after 30 failures.
 * Failures live in the database, so a restart or a second instance does not reset them.
 */
@Component
public class LoginThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int ACCOUNT_LOCK = 10;
    private static final int ADDRESS_LOCK = 30;
    private static final int FREE_ATTEMPTS = 2;
    private static final Duration MAX_DELAY = Duration.ofSeconds(30);

    /** Whether an attempt may go ahead; if not, how long to wait and whether it is a lock. */
    public record Verdict(Duration retryAfter, boolean locked) {
        static final Verdict ALLOWED = new Verdict(Duration.ZERO, false);

        public boolean allowed() {
            return retryAfter.isZero();
        }
    }

    private record Failures(long count, @Nullable Instant last) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Verdict check(String account, String address) {
        Instant now = clock.instant();
        Verdict byAccount = verdict(failures(accountKey(account), now), ACCOUNT_LOCK, true, now);
        Verdict byAddress = verdict(failures(addressKey(address), now), ADDRESS_LOCK, false, now);
        return byAccount.retryAfter().compareTo(byAddress.retryAfter()) >= 0 ? byAccount : byAddress;
    }

    @Transactional
    public void failed(String account, String address) {
        Instant now = clock.instant();
        for (String subject : new String[] {accountKey(account), addressKey(address)}) {
            jdbc.sql("insert into login_failure (subject, failed_at) values (?, ?)")
                    .params(subject, Timestamp.from(now))
                    .update();
        }
    }

    /** A right password clears the account's failures (not the address's). */
    @Transactional
    public void succeeded(String account) {
        jdbc.sql("delete from login_failure where subject = ?")
                .param(accountKey(account))
                .update();
    }

    @Scheduled(fixedDelayString = "PT10M")
    @Transactional
    public void sweep() {
        jdbc.sql("delete from login_failure where failed_at < ?")
                .param(Timestamp.from(clock.instant().minus(WINDOW)))
                .update();
    }

    private Failures failures(String subject, Instant now) {
        return jdbc.sql(
                        "select count(*) as n, max(failed_at) as last from login_failure where subject = ? and failed_at > ?")
                .params(subject, Timestamp.from(now.minus(WINDOW)))
                .query((rs, i) -> new Failures(
                        rs.getLong("n"),
                        rs.getTimestamp("last") == null
                                ? null
                                : rs.getTimestamp("last").toInstant()))
                .single();
    }

    private static Verdict verdict(Failures failures, int lockAt, boolean growingDelay, Instant now) {
        Instant last = failures.last();
        boolean locked = failures.count() >= lockAt;
        if (last == null || !(locked || (growingDelay && failures.count() >= FREE_ATTEMPTS))) {
            return Verdict.ALLOWED;
        }
        Instant until = locked ? last.plus(WINDOW) : last.plus(delayAfter(failures.count()));
        Duration wait = Duration.between(now, until);
        return wait.isNegative() || wait.isZero() ? Verdict.ALLOWED : new Verdict(roundUp(wait), locked);
    }

    /** 1 s after the 2nd failure, then doubling, capped. */
    private static Duration delayAfter(long failures) {
        long seconds = 1L << Math.min(failures - FREE_ATTEMPTS, 5);
        return Duration.ofSeconds(Math.min(seconds, MAX_DELAY.toSeconds()));
    }

    private static Duration roundUp(Duration wait) {
        return Duration.ofSeconds(wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    private static String accountKey(String account) {
        return "account:" + account.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
