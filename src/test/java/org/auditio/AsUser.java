package org.auditio;

import java.util.Arrays;
import java.util.function.Supplier;
import org.auditio.accounts.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a piece of a test as a given user, so one test can play the organiser, then the candidate. */
public final class AsUser {

    private AsUser() {}

    public static <T> T call(String email, Role role, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, Arrays.asList(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String email, Role role, Runnable action) {
        call(email, role, () -> {
            action.run();
            return null;
        });
    }

    /** Makes the user the current one until the test clears the context (browserless view tests). */
    public static void become(String email, Role role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, Arrays.asList(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
    }
}
