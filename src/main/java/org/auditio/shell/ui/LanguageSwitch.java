package org.auditio.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.auditio.accounts.AccountService;
import org.auditio.common.Translations;

/**
 * EN | FR in the header of every page, for everyone; a logged-in user's choice is saved with the
 * account. Both languages stay in sight (a drop-down hid the other one): someone whose account
 * opens in the language they did not expect finds the way back on the first screen. Each button is
 * named in its own language (with its {@code lang}) and the group in both, so a screen reader user
 * who reads neither page language well still finds it.
 */
class LanguageSwitch extends Div {

    final Map<Locale, Button> buttons = new LinkedHashMap<>();

    LanguageSwitch(AccountService accounts) {
        addClassName("language-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("shell.language"));
        Locale current = Translations.supported(getLocale());
        for (Locale locale : Translations.LOCALES) {
            Button button = new Button(locale.getLanguage().toUpperCase(Locale.ROOT));
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            button.getElement().setAttribute("lang", locale.getLanguage());
            // The name in the language itself: "English", "Français".
            button.setAriaLabel(getTranslation(locale, "language." + locale.getLanguage()));
            boolean chosen = locale.equals(current);
            button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            if (chosen) {
                button.addClassName("current");
            }
            button.addClickListener(click -> choose(locale, accounts));
            buttons.put(locale, button);
            add(button);
        }
    }

    private void choose(Locale chosen, AccountService accounts) {
        UI ui = UI.getCurrent();
        if (chosen.equals(Translations.supported(ui.getLocale()))) {
            return;
        }
        ui.getSession().setLocale(chosen);
        ui.setLocale(chosen);
        accounts.current().ifPresent(me -> accounts.changeLanguage(chosen));
        ui.getPage().reload();
    }
}
