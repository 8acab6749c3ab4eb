package org.auditio.candidates.internal;

import java.util.UUID;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.AccountSummary;
import org.springframework.stereotype.Component;

/** The account behind the current request: every candidate query is limited to it. */
@Component
public class CurrentAccount {

    private final AccountService accounts;

    CurrentAccount(AccountService accounts) {
        this.accounts = accounts;
    }

    public AccountSummary account() {
        return accounts.current().orElseThrow(() -> new IllegalStateException("No account behind the current session"));
    }

    public UUID id() {
        return account().id();
    }
}
