package org.auditio.accounts.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login attempt refused before its password was even checked. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;
    private final boolean locked;

    public LoginThrottledException(Duration retryAfter, boolean locked) {
        super("Too many failed logins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
        this.locked = locked;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean locked() {
        return locked;
    }
}
