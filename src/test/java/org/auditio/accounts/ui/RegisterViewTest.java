package org.auditio.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Locale;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AuditioTest
class RegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Test
    void a_weak_password_is_explained_on_its_field_and_nothing_typed_is_lost() {
        RegisterView view = navigate(RegisterView.class);
        String email = "weak-" + System.nanoTime() + "@example.org";
        test(view.name).setValue("Wanda Weak");
        test(view.email).setValue(email);
        test(view.password).setValue("passwordpassword1");

        test(view.create).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("too common");
        assertThat(view.name.getValue()).isEqualTo("Wanda Weak");
        assertThat(view.email.getValue()).isEqualTo(email);
        assertThat(accountsWith(email)).isZero();
        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
    }

    @Test
    void a_valid_registration_says_to_check_the_mail_and_opens_no_account_yet() {
        String email = "valid-" + System.nanoTime() + "@example.org";

        String answer = register("Victor Valid", email);

        assertThat(answer)
                .isEqualTo("Check your mailWe have sent a mail to " + email
                        + ". Open the link in it within 24 hours to activate your account."
                        + " Nothing arrived? Look in your spam folder, or register again.");
        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void an_address_that_has_an_account_gets_the_very_same_answer() {
        String taken = TestAccounts.candidate(accounts, Locale.ENGLISH);
        String free = "free-" + System.nanoTime() + "@example.org";

        String forTaken = register("Someone Else", taken);
        String forFree = register("Someone Else", free);

        assertThat(forTaken.replace(taken, "ADDRESS")).isEqualTo(forFree.replace(free, "ADDRESS"));
        assertThat(accountsWith(taken)).isOne();
    }

    @Test
    void an_unknown_or_spent_activation_link_says_so_and_offers_to_register_again() {
        navigate("activate/not-a-link", ActivateAccountView.class);
        ActivateAccountView view = (ActivateAccountView) getCurrentView();

        assertThat(view.message.getText()).startsWith("The link is unknown, has already been used, or has expired");
        assertThat(view.activate.isAttached()).isFalse();
    }

    /** Fills the form, submits it and gives the page's text as the visitor reads it. */
    private String register(String name, String email) {
        navigate(LoginView.class); // a fresh form: navigating to the current route keeps its view
        RegisterView view = navigate(RegisterView.class);
        test(view.name).setValue(name);
        test(view.email).setValue(email);
        test(view.password).setValue("a tenor sings in Nancy");
        test(view.create).click();
        return view.getElement().getTextRecursively();
    }

    @Test
    void the_form_speaks_french_to_a_french_visitor() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.FRENCH);
        RegisterView view = navigate(RegisterView.class);
        assertThat(view.name.getLabel()).isEqualTo("Nom complet");
        assertThat(view.create.getText()).isEqualTo("Créer le compte");
    }

    private long accountsWith(String email) {
        return jdbc.sql("select count(*) from user_account where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }
}
