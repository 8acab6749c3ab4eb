package org.auditio.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.auditio.accounts.internal.ThrottleRules.Failures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing ({@link ThrottleRules}), whether the account exists or not, so the
 * answers reveal nothing. An attempt is counted as a failure <em>before</em> its password is
 * compared, under a lock per account and per address, so parallel requests get no more guesses
 * than sequential ones; a right password then takes its rows back. Failures live in the database,
 * so a restart or a second instance does not reset them.
 */
@Component
public class LoginThrottle {

    /** From this many failures on one account in the window, its owner is warned (once a window). */
    static final int WARN_AT = 10;

    private static final int ACCOUNT_LOCKS = 1;
    private static final int ADDRESS_LOCKS = 2;

    /** Whether an attempt may go ahead; if not, how long to wait and whether it is a lock. */
    public record Verdict(Duration retryAfter, boolean locked) {
        static final Verdict ALLOWED = new Verdict(Duration.ZERO, false);

        public boolean allowed() {
            return retryAfter.isZero();
        }
    }

    /** An admitted attempt, already counted as failed; {@code accountFailures} includes it. */
    public record Attempt(String account, String address, long accountFailures, long addressRow) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Checks the attempt and counts it, atomically per account and per address: the transaction
     * holds PostgreSQL advisory locks (account first, then address, so two attempts never wait on
     * each other in a circle) until it commits, a few milliseconds later. The password is compared
     * after that commit, so the slow Argon2 never runs under a lock and attempts on other accounts
     * never wait for one another.
     *
     * @throws LoginThrottledException when the attempt must wait; nothing is counted then
     */
    @Transactional
    public Attempt admit(String account, String address) {
        String accountKey = ThrottleKeys.account(account);
        String addressKey = ThrottleKeys.address(address);
        String pairKey = ThrottleKeys.pair(account, address);
        lock(ACCOUNT_LOCKS, accountKey);
        lock(ADDRESS_LOCKS, addressKey);
        Instant now = clock.instant();
        Failures byAccount = failures(accountKey, now);
        Failures byPair = failures(pairKey, now);
        Verdict verdict = ThrottleRules.judge(byAccount, byPair, failures(addressKey, now), now);
        if (!verdict.allowed()) {
            throw new LoginThrottledException(verdict.retryAfter(), verdict.locked());
        }
        insert(accountKey, now);
        insert(pairKey, now);
        return new Attempt(account, address, byAccount.count() + 1, insert(addressKey, now));
    }

    /** A right password clears the account's failures and its own address row (not the address's others). */
    @Transactional
    public void succeeded(Attempt attempt) {
        jdbc.sql("delete from login_failure where subject in (?, ?) or id = ?")
                .params(
                        ThrottleKeys.account(attempt.account()),
                        ThrottleKeys.pair(attempt.account(), attempt.address()),
                        attempt.addressRow())
                .update();
    }

    /**
     * Whether this failure should warn the account's owner: the {@value #WARN_AT}th or later in the
     * window, and nobody warned yet in this window (one atomic upsert, so parallel failures warn once).
     */
    @Transactional
    public boolean warnOwner(Attempt attempt) {
        if (attempt.accountFailures() < WARN_AT) {
            return false;
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                insert into login_alert (subject, sent_at) values (?, ?)
                on conflict (subject) do update set sent_at = excluded.sent_at where login_alert.sent_at <= ?""")
                        .params(
                                ThrottleKeys.account(attempt.account()),
                                Timestamp.from(now),
                                Timestamp.from(now.minus(ThrottleRules.WINDOW)))
                        .update()
                > 0;
    }

    @Scheduled(fixedDelayString = "PT10M")
    @Transactional
    public void sweep() {
        Timestamp before = Timestamp.from(clock.instant().minus(ThrottleRules.WINDOW));
        jdbc.sql("delete from login_failure where failed_at < ?").param(before).update();
        jdbc.sql("delete from login_alert where sent_at < ?").param(before).update();
    }

    private void lock(int kind, String key) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
                .params(kind, key)
                .query(rs -> {});
    }

    private long insert(String subject, Instant now) {
        return jdbc.sql("insert into login_failure (subject, failed_at) values (?, ?) returning id")
                .params(subject, Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    private Failures failures(String subject, Instant now) {
        return jdbc.sql(
                        "select count(*) as n, max(failed_at) as last from login_failure where subject = ? and failed_at > ?")
                .params(subject, Timestamp.from(now.minus(ThrottleRules.WINDOW)))
                .query((rs, i) -> new Failures(
                        rs.getLong("n"),
                        rs.getTimestamp("last") == null
                                ? null
                                : rs.getTimestamp("last").toInstant()))
                .single();
    }
}
