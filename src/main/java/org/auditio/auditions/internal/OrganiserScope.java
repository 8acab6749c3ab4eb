package org.auditio.auditions.internal;

import java.util.Optional;
import java.util.UUID;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.CurrentUser;
import org.auditio.accounts.Role;
import org.springframework.stereotype.Component;

/** Whose auditions the current user may manage: an admin's are all, an organiser's are their organisations'. */
@Component
public class OrganiserScope {

    private final AccountService accounts;

    OrganiserScope(AccountService accounts) {
        this.accounts = accounts;
    }

    public boolean isAdmin() {
        return CurrentUser.hasRole(Role.ADMIN);
    }

    /** The account id of an organiser; empty for an admin, who is limited by nothing. */
    public Optional<UUID> organiser() {
        if (isAdmin()) {
            return Optional.empty();
        }
        return Optional.of(accounts.current()
                .orElseThrow(() -> new IllegalStateException("No account behind the current session"))
                .id());
    }
}
