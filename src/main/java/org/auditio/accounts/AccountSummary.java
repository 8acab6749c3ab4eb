package org.auditio.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** An account as other modules and screens see it: never its password. */
public record AccountSummary(
        UUID id,
        String email,
        String displayName,
        Set<Role> roles,
        Locale language,
        boolean passwordSet,
        Instant createdAt) {}
