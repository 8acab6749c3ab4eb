package org.auditio.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.auditio.accounts.LinkDetails;
import org.auditio.accounts.LinkPurpose;
import org.auditio.accounts.PasswordLinks;
import org.auditio.accounts.internal.PasswordPolicy;
import org.auditio.common.UserError;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;

/** Where reset and invitation links lead: choose a password, once, before the link expires. */
@Route("password/:secret")
@AnonymousAllowed
class ChoosePasswordView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordLinks links;
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    private String secret = "";

    ChoosePasswordView(PasswordLinks links) {
        this.links = links;
        addClassName("narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        secret = event.getRouteParameters().get("secret").orElse("");
        removeAll();
        links.describe(secret).ifPresentOrElse(this::showForm, this::showInvalid);
    }

    private void showForm(LinkDetails link) {
        boolean invitation = link.purpose() == LinkPurpose.INVITATION;
        add(new H1(getTranslation(invitation ? "choose.title.invitation" : "choose.title.reset")));
        add(new Paragraph(getTranslation(
                invitation ? "choose.intro.invitation" : "choose.intro.reset", link.displayName(), link.email())));
        password.setLabel(getTranslation("choose.password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        save.setText(getTranslation("choose.submit"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            try {
                links.choosePassword(secret, password.getValue());
                Notices.success(getTranslation("choose.done"));
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            } catch (UserError error) {
                password.setErrorMessage(Notices.text(error));
                password.setInvalid(true);
            } finally {
                save.setEnabled(true);
            }
        });
        add(password, save);
    }

    private void showInvalid() {
        add(new H1(getTranslation("link.invalid.title")));
        add(new Paragraph(getTranslation("link.invalid")));
        add(new Paragraph(new RouterLink(getTranslation("reset.title"), ForgotPasswordView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("choose.page-title") + " · Auditio";
    }
}
