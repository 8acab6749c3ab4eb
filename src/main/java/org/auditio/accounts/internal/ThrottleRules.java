package org.auditio.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import org.auditio.accounts.internal.LoginThrottle.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * How long a login attempt must wait, from the failures counted in the window. Three counts, so
 * that guessing is slow without anyone being able to lock the owner out:
 *
 * <ul>
 *   <li>the account, from any address: a growing delay only (1, 2, 4 … at most 30 seconds after
 *       the latest failure, from the 2nd one), never a lock: whoever guesses from elsewhere slows
 *       the owner by at most that much;
 *   <li>the account from one address: locked after 10 failures, until 15 minutes after the last;
 *   <li>one address, whatever the accounts: locked after 30 (a school or choir may share one
 *       router, hence the higher count and no delay).
 * </ul>
 */
final class ThrottleRules {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PAIR_LOCK = 10;
    static final int ADDRESS_LOCK = 30;
    static final int FREE_ATTEMPTS = 2;
    static final Duration MAX_DELAY = Duration.ofSeconds(30);

    /** Failures of one subject in the window, and the latest one. */
    record Failures(long count, @Nullable Instant last) {}

    private ThrottleRules() {}

    static Verdict judge(Failures account, Failures pair, Failures address, Instant now) {
        Verdict delayed = account.count() >= FREE_ATTEMPTS
                ? wait(account.last(), delayAfter(account.count()), false, now)
                : Verdict.ALLOWED;
        Verdict pairLock = pair.count() >= PAIR_LOCK ? wait(pair.last(), WINDOW, true, now) : Verdict.ALLOWED;
        Verdict addressLock =
                address.count() >= ADDRESS_LOCK ? wait(address.last(), WINDOW, true, now) : Verdict.ALLOWED;
        return longest(longest(delayed, pairLock), addressLock);
    }

    /** 1 s after the 2nd failure, then doubling, capped. */
    static Duration delayAfter(long failures) {
        long seconds = 1L << Math.min(failures - FREE_ATTEMPTS, 5);
        return Duration.ofSeconds(Math.min(seconds, MAX_DELAY.toSeconds()));
    }

    private static Verdict wait(@Nullable Instant last, Duration pause, boolean locked, Instant now) {
        if (last == null) {
            return Verdict.ALLOWED;
        }
        Duration wait = Duration.between(now, last.plus(pause));
        return wait.isNegative() || wait.isZero() ? Verdict.ALLOWED : new Verdict(roundUp(wait), locked);
    }

    private static Verdict longest(Verdict a, Verdict b) {
        return a.retryAfter().compareTo(b.retryAfter()) >= 0 ? a : b;
    }

    private static Duration roundUp(Duration wait) {
        return Duration.ofSeconds(wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
