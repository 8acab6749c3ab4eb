package org.auditio.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Locale;
import org.auditio.AuditioTest;
import org.auditio.accounts.internal.LoginThrottledException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/** What the login page says after a refused attempt, as Spring Security left it in the session. */
@AuditioTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void a_wrong_password_gets_the_same_message_whether_or_not_the_account_exists() {
        failWith(new BadCredentialsException("bad"));
        LoginView view = loginAfterError();
        assertThat(view.form.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getMessage())
                .isEqualTo("Check your e-mail address and password and try again.");
    }

    @Test
    void a_locked_account_is_told_how_long_to_wait_in_its_language() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        failWith(new LoginThrottledException(Duration.ofSeconds(14 * 60 + 5), true));
        LoginView view = loginAfterError();
        assertThat(view.texts.getErrorMessage().getMessage())
                .isEqualTo("Trop de tentatives échouées : la connexion est suspendue pendant 15 minutes."
                        + " Vous pouvez réinitialiser votre mot de passe en attendant.");
    }

    @Test
    void a_hasty_retry_is_asked_to_wait_some_seconds() {
        failWith(new LoginThrottledException(Duration.ofSeconds(4), false));
        LoginView view = loginAfterError();
        assertThat(view.texts.getErrorMessage().getMessage()).contains("wait 4 seconds");
    }

    private LoginView loginAfterError() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        return (LoginView) getCurrentView();
    }

    private static void failWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }
}
