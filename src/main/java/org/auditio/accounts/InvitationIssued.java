package org.auditio.accounts;

import java.time.Instant;
import java.util.Locale;

/** An organiser or juror was invited: the link lets them choose a password. */
public record InvitationIssued(
        String email,
        String displayName,
        Locale language,
        Role role,
        String invitedBy,
        String link,
        Instant expiresAt) {}
