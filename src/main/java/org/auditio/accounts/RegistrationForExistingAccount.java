package org.auditio.accounts;

import java.util.Locale;

/**
 * Someone registered with an address that already has an account. The screen answered as for a new
 * address; the owner is told by mail, in their language, with where to reset a forgotten password.
 */
public record RegistrationForExistingAccount(
        String email, String displayName, Locale language, String loginLink, String resetLink) {}
