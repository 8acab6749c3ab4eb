package org.auditio.accounts;

/** Why a single-use link was sent. */
public enum LinkPurpose {
    PASSWORD_RESET,
    INVITATION
}
