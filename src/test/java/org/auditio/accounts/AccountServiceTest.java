package org.auditio.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.common.UserError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@AuditioTest
class AccountServiceTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registering_an_address_that_has_an_account_in_another_case_opens_no_second_one() {
        String email = unique("Soprano");
        TestAccounts.register(accounts, new Registration("Sam Soprano", email, PASSWORD, Locale.FRENCH));

        accounts.register(new Registration("Other", email.toUpperCase(Locale.ROOT), PASSWORD, Locale.ENGLISH));

        long rows = jdbc.sql("select count(*) from user_account where lower(email) = lower(?)")
                .param(email)
                .query(Long.class)
                .single();
        assertThat(rows).isOne();
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes() {
        String email = unique("hash");
        TestAccounts.register(accounts, new Registration("Hana Hash", email, PASSWORD, Locale.ENGLISH));

        String stored = jdbc.sql("select password_hash from user_account where email = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void bad_registrations_get_a_reason_and_create_nothing() {
        String email = unique("bad");
        assertThatThrownBy(() -> accounts.register(new Registration("Bad", "not-an-address", PASSWORD, Locale.ENGLISH)))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.messageKey()).isEqualTo("email.invalid"));
        assertThatThrownBy(() -> accounts.register(new Registration("  ", email, PASSWORD, Locale.ENGLISH)))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.messageKey()).isEqualTo("name.required"));
        assertThatThrownBy(() -> accounts.register(new Registration("Bad", email, "short", Locale.ENGLISH)))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.messageKey()).isEqualTo("password.too-short"));

        long rows = jdbc.sql("select count(*) from user_account where lower(email) = lower(?)")
                .param(email)
                .query(Long.class)
                .single();
        assertThat(rows).isZero();
    }

    @Test
    @WithMockUser(username = "candidate-only@example.org", roles = "CANDIDATE")
    void a_candidate_cannot_use_the_organisers_or_admins_services() {
        assertThatThrownBy(() -> administration.createOrganiser(unique("org"), "Org", Locale.ENGLISH))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.inviteJuror(unique("juror"), "Juror", Locale.ENGLISH))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.accounts(0, 10)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anonymous_callers_cannot_change_an_account() {
        assertThatThrownBy(() -> accounts.changeLanguage(Locale.FRENCH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> administration.countAccounts())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_saved_language_and_password_change_apply_to_the_current_account_only() {
        String email = unique("self");
        TestAccounts.register(accounts, new Registration("Self Service", email, PASSWORD, Locale.ENGLISH));
        AsUser.run(email, Role.CANDIDATE, () -> {
            accounts.changeLanguage(Locale.CANADA_FRENCH);
            assertThatThrownBy(() -> accounts.changePassword("not the password", "another long passphrase"))
                    .isInstanceOfSatisfying(
                            UserError.class,
                            e -> assertThat(e.messageKey()).isEqualTo("account.password.wrong-current"));
            accounts.changePassword(PASSWORD, "another long passphrase");
            assertThat(accounts.current())
                    .get()
                    .extracting(AccountSummary::language)
                    .isEqualTo(Locale.FRENCH);
        });
    }

    static String unique(String prefix) {
        return prefix.toLowerCase(Locale.ROOT) + "-" + System.nanoTime() + "@example.org";
    }
}
