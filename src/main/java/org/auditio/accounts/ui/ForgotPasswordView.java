package org.auditio.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.auditio.accounts.PasswordLinks;
import org.auditio.common.ui.PageColumn;

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
@Route("password-reset")
@AnonymousAllowed
class ForgotPasswordView extends PageColumn implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    ForgotPasswordView(PasswordLinks links) {
        addClassName("narrow");
        email.setLabel(getTranslation("reset.email"));
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("email.invalid"));
        send.setText(getTranslation("reset.submit"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setDisableOnClick(true);
        answer.setVisible(false);
        answer.getElement().setAttribute("role", "status");
        answer.addClassName("callout");
        send.addClickListener(click -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                send.setEnabled(true);
                return;
            }
            links.requestReset(email.getValue());
            answer.setText(getTranslation("reset.sent", email.getValue()));
            answer.setVisible(true);
            send.setEnabled(true);
        });
        add(
                new H1(getTranslation("reset.title")),
                new Paragraph(getTranslation("reset.intro")),
                email,
                send,
                answer,
                new Paragraph(new RouterLink(getTranslation("register.login-link"), LoginView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · Auditio";
    }
}
