package org.auditio.jury;

/** How applications are shared out: every juror hears everyone (the WYC way), or k jurors each. */
public enum Sharing {
    EVERYONE,
    K_PER_APPLICATION
}
