package org.auditio.accounts;

/** What an account may do. Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
    CANDIDATE,
    JUROR,
    ORGANISER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
