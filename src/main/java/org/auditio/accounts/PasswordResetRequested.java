package org.auditio.accounts;

import java.time.Instant;
import java.util.Locale;

/** Someone asked for a password reset link for an existing account. */
public record PasswordResetRequested(
        String email, String displayName, Locale language, String link, Instant expiresAt) {}
