package org.auditio.accounts.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.auditio.accounts.AccountSummary;
import org.auditio.common.Translations;
import org.auditio.common.UserError;
import org.auditio.common.ui.Notices;

/** Name, e-mail and language of someone to invite; they receive a link to choose a password. */
class InviteForm extends Composite<FormLayout> {

    interface Inviter {
        AccountSummary invite(String email, String name, Locale language);
    }

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Select<Locale> language = new Select<>();
    final Button invite = new Button();

    InviteForm(String buttonKey, Inviter inviter, Runnable afterInvite) {
        name.setLabel(getTranslation("accounts.name"));
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("accounts.email"));
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("email.invalid"));
        language.setLabel(getTranslation("accounts.language"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(Translations.supported(getLocale()));
        invite.setText(getTranslation(buttonKey));
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.setDisableOnClick(true);
        invite.addClickListener(click -> {
            try {
                email.setInvalid(false);
                name.setInvalid(false);
                AccountSummary invited = inviter.invite(email.getValue(), name.getValue(), language.getValue());
                Notices.success(getTranslation("accounts.invited-notice", invited.email()));
                name.clear();
                email.clear();
                afterInvite.run();
            } catch (UserError error) {
                var field = error.messageKey().startsWith("name.") ? name : email;
                field.setErrorMessage(Notices.text(error));
                field.setInvalid(true);
            } finally {
                invite.setEnabled(true);
            }
        });
        getContent().add(name, email, language, invite);
        getContent()
                .setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
    }
}
