package org.auditio.accounts.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.auditio.accounts.AccountService;
import org.springframework.stereotype.Component;

/**
 * The language follows the browser until the user saves a choice: a logged-in user's saved
 * language then applies to every new page.
 */
@Component
class SavedLanguage implements VaadinServiceInitListener {

    private final AccountService accounts;

    SavedLanguage(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> accounts.current().ifPresent(account -> {
                    init.getUI().setLocale(account.language());
                    init.getUI().getSession().setLocale(account.language());
                }));
    }
}
