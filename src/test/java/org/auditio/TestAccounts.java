package org.auditio;

import java.util.Locale;
import java.util.UUID;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Registration;
import org.auditio.accounts.Role;

/** Accounts with unique addresses, since every test shares one database. */
public final class TestAccounts {

    public static final String ADMIN = "test-admin@test.auditio";
    public static final String PASSWORD = "four words nobody guesses";

    private TestAccounts() {}

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.auditio";
    }

    /** An organiser account (invited by an admin; it needs no password to act in a test). */
    public static String organiser(AccountAdministration administration) {
        String email = uniqueEmail("organiser");
        AsUser.run(ADMIN, Role.ADMIN, () -> administration.createOrganiser(email, "Test Organiser", Locale.ENGLISH));
        return email;
    }

    /** A candidate who registered in the given language. */
    public static String candidate(AccountService accounts, Locale language) {
        String email = uniqueEmail("candidate");
        accounts.register(new Registration("Test Candidate", email, PASSWORD, language));
        return email;
    }
}
