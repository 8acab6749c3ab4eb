package org.auditio.accounts.internal;

import org.auditio.accounts.PasswordLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login behind the {@link LoginThrottle}: each attempt is counted before its password is
 * compared, and the owner of an account under a burst of failures is warned by mail.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    /** Looked up when needed: the security configuration is built before the services' proxies. */
    private final ObjectProvider<PasswordLinks> links;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords, LoginThrottle throttle, ObjectProvider<PasswordLinks> links) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.links = links;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
        LoginThrottle.Attempt counted = throttle.admit(account, address);
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            warnOwnerIfDue(counted);
            throw e;
        }
        throttle.succeeded(counted);
        return result;
    }

    private void warnOwnerIfDue(LoginThrottle.Attempt failed) {
        try {
            if (throttle.warnOwner(failed)) {
                links.getObject().warnOfFailedLogins(failed.account(), failed.accountFailures());
            }
        } catch (RuntimeException e) {
            // The attempt was refused either way; a missing warning must not turn into an error page.
            log.warn("Could not warn the owner of {} of failed logins", failed.account(), e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
