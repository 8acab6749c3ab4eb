package org.auditio.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Locale;
import org.auditio.AuditioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AuditioTest
class RegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

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
    void a_valid_registration_opens_a_candidate_account_and_leads_to_the_login() {
        RegisterView view = navigate(RegisterView.class);
        String email = "valid-" + System.nanoTime() + "@example.org";
        test(view.name).setValue("Victor Valid");
        test(view.email).setValue(email);
        test(view.password).setValue("a tenor sings in Nancy");

        test(view.create).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(accountsWith(email)).isOne();
        assertThat(jdbc.sql(
                                "select r.role from user_account_role r join user_account u on u.id = r.user_id where u.email = ?")
                        .param(email)
                        .query(String.class)
                        .list())
                .containsExactly("CANDIDATE");
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
