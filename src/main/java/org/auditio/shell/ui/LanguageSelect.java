package org.auditio.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import java.util.Locale;
import org.auditio.accounts.AccountService;
import org.auditio.common.Translations;

/** English or French, for everyone; a logged-in user's choice is saved with the account. */
class LanguageSelect extends Select<Locale> {

    LanguageSelect(AccountService accounts) {
        setItems(Translations.LOCALES);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("shell.language"));
        addThemeVariants(SelectVariant.SMALL);
        addClassName("language-select");
        setValue(Translations.supported(getLocale()));
        addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            Locale chosen = change.getValue();
            UI ui = UI.getCurrent();
            ui.getSession().setLocale(chosen);
            ui.setLocale(chosen);
            accounts.current().ifPresent(me -> accounts.changeLanguage(chosen));
            ui.getPage().reload();
        });
    }
}
