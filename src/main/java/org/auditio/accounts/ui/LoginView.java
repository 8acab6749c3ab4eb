package org.auditio.accounts.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.auditio.accounts.internal.LoginThrottledException;
import org.auditio.common.ui.PageColumn;
import org.springframework.security.web.WebAttributes;

/** Log in with e-mail and password; explains a refused attempt without saying whether the account exists. */
@Route("login")
@AnonymousAllowed
class LoginView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    /** The texts last given to the form (the form keeps its own copy private). */
    LoginI18n texts = LoginI18n.createDefault();

    LoginView() {
        addClassName("narrow");
        form.setAction("login");
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        add(form, new Paragraph(new RouterLink(getTranslation("login.register-link"), RegisterView.class)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(errorMessage());
        i18n.getErrorMessage().setUsername(getTranslation("login.email.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        texts = i18n;
        form.setI18n(i18n);
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    /** The last failure Spring Security stored in the session: a throttled attempt says how long to wait. */
    private String errorMessage() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure =
                session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LoginThrottledException throttled) {
            long seconds = throttled.retryAfter().toSeconds();
            return throttled.locked()
                    ? getTranslation("login.error.locked", (seconds + 59) / 60)
                    : getTranslation("login.error.wait", seconds);
        }
        return getTranslation("login.error.message");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Auditio";
    }
}
