package org.auditio.accounts;

/** What the set-password screen may show about a valid link. */
public record LinkDetails(LinkPurpose purpose, String email, String displayName) {}
