package org.auditio.accounts;

/** Why a single-use link was sent. */
public enum LinkPurpose {
    PASSWORD_RESET,
    INVITATION,
    /** Confirms a registration's address; kept with the pending registration, since no account exists yet. */
    REGISTRATION
}
