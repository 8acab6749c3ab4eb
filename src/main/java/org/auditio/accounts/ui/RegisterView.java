package org.auditio.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Registration;
import org.auditio.accounts.internal.PasswordPolicy;
import org.auditio.common.UserError;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;

/**
 * Candidates open their own account; errors appear on the field they concern, nothing typed is lost.
 * The account opens when the link sent to the address is followed ({@link ActivateAccountView}).
 */
@Route("register")
@AnonymousAllowed
class RegisterView extends PageColumn implements HasDynamicTitle {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final Button create = new Button();
    final Paragraph checkMail = new Paragraph();

    RegisterView(AccountService accounts) {
        addClassName("narrow");
        add(new H1(getTranslation("register.title")));
        add(new Paragraph(getTranslation("register.intro")));
        name.setLabel(getTranslation("register.name"));
        name.setAutocomplete(Autocomplete.NAME);
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        email.setLabel(getTranslation("register.email"));
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("email.invalid"));
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        create.setText(getTranslation("register.submit"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setDisableOnClick(true);
        create.addClickListener(click -> {
            try {
                clearErrors();
                accounts.register(
                        new Registration(name.getValue(), email.getValue(), password.getValue(), getLocale()));
                showCheckMail(email.getValue().strip());
            } catch (UserError error) {
                show(error);
            } finally {
                create.setEnabled(true);
            }
        });
        FormLayout form = new FormLayout(name, email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, create, new Paragraph(new RouterLink(getTranslation("register.login-link"), LoginView.class)));
    }

    /** The same answer whether or not the address has an account: only the mail differs. */
    private void showCheckMail(String address) {
        removeAll();
        add(new H1(getTranslation("register.check-mail.title")));
        checkMail.setText(getTranslation("register.check-mail", address));
        add(checkMail);
    }

    private void clearErrors() {
        name.setInvalid(false);
        email.setInvalid(false);
        password.setInvalid(false);
    }

    private void show(UserError error) {
        String message = Notices.text(error);
        String key = error.messageKey();
        if (key.startsWith("password.")) {
            password.setErrorMessage(message);
            password.setInvalid(true);
            password.focus();
        } else if (key.startsWith("name.")) {
            name.setErrorMessage(message);
            name.setInvalid(true);
            name.focus();
        } else {
            email.setErrorMessage(message);
            email.setInvalid(true);
            email.focus();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · Auditio";
    }
}
