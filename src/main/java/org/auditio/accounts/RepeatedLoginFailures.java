package org.auditio.accounts;

import java.time.Instant;
import java.util.Locale;

/**
 * Someone failed to log in to an existing account many times within the throttling window: its
 * owner is told, with a fresh reset link in case the password is known to others.
 */
public record RepeatedLoginFailures(
        String email, String displayName, Locale language, long failures, String link, Instant expiresAt) {}
