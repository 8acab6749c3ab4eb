package org.auditio.accounts;

import java.util.Locale;

/** What a candidate fills in to open an account. */
public record Registration(String displayName, String email, String password, Locale language) {}
