package org.auditio.accounts;

import java.time.Instant;
import java.util.Locale;

/** Someone registered with an address that has no account: the link confirms it and opens the account. */
public record RegistrationRequested(
        String email, String displayName, Locale language, String link, Instant expiresAt) {}
