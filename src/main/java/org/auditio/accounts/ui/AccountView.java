package org.auditio.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.AccountSummary;
import org.auditio.accounts.internal.PasswordPolicy;
import org.auditio.common.UserError;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;

/** My account: name, roles, password. The language is chosen in the top bar and saved here. */
@Route("account")
@Menu(title = "menu.account", order = 90)
@PermitAll
class AccountView extends PageColumn implements HasDynamicTitle {

    final TextField name = new TextField();
    final PasswordField current = new PasswordField();
    final PasswordField replacement = new PasswordField();

    AccountView(AccountService accounts) {
        super();
        AccountSummary me = accounts.current().orElseThrow();
        add(new H1(getTranslation("account.title")));
        add(new Paragraph(getTranslation(
                "account.summary",
                me.email(),
                me.roles().stream()
                        .map(role -> getTranslation("role." + role.name()))
                        .collect(Collectors.joining(", ")))));

        name.setLabel(getTranslation("register.name"));
        name.setValue(me.displayName());
        name.setMaxLength(200);
        Button rename = new Button(getTranslation("account.save-name"), click -> {
            try {
                accounts.rename(name.getValue());
                name.setInvalid(false);
                Notices.success(getTranslation("account.saved"));
            } catch (UserError error) {
                name.setErrorMessage(Notices.text(error));
                name.setInvalid(true);
            }
        });

        current.setLabel(getTranslation("account.current-password"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        replacement.setLabel(getTranslation("account.new-password"));
        replacement.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        replacement.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Button change = new Button(getTranslation("account.change-password"), click -> {
            current.setInvalid(false);
            replacement.setInvalid(false);
            try {
                accounts.changePassword(current.getValue(), replacement.getValue());
                current.clear();
                replacement.clear();
                Notices.success(getTranslation("account.password-changed"));
            } catch (UserError error) {
                PasswordField field = error.messageKey().startsWith("account.password") ? current : replacement;
                field.setErrorMessage(Notices.text(error));
                field.setInvalid(true);
            }
        });
        change.addThemeVariants(ButtonVariant.PRIMARY);

        FormLayout nameForm = new FormLayout(name);
        nameForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout passwordForm = new FormLayout(current, replacement);
        passwordForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2(getTranslation("account.profile")), nameForm, rename);
        add(new H2(getTranslation("account.password")), passwordForm, change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · Auditio";
    }
}
