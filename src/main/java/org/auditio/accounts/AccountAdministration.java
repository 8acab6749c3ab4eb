package org.auditio.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.auditio.accounts.domain.UserAccount;
import org.auditio.accounts.domain.UserAccountRepository;
import org.auditio.accounts.internal.Emails;
import org.auditio.common.UserError;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins create organisers; organisers invite jurors. Both get a link to choose a password. */
@Service
public class AccountAdministration {

    private final UserAccountRepository accounts;
    private final PasswordLinks links;
    private final Clock clock;

    AccountAdministration(UserAccountRepository accounts, PasswordLinks links, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary createOrganiser(String email, String displayName, Locale language) {
        return invite(email, displayName, language, Role.ORGANISER);
    }

    /** A new juror gets an invitation; an existing account is given the juror role. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AccountSummary inviteJuror(String email, String displayName, Locale language) {
        return invite(email, displayName, language, Role.JUROR);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> accounts(int offset, int limit) {
        return accounts.findPage(page(offset, limit)).stream()
                .map(UserAccount::summary)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countAccounts() {
        return accounts.count();
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> jurors(int offset, int limit) {
        return accounts.findByRole(Role.JUROR, page(offset, limit)).stream()
                .map(UserAccount::summary)
                .toList();
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countJurors() {
        return accounts.countByRole(Role.JUROR);
    }

    /** The account using this address, if any: lets admins attach organisers to their organisation. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> byEmail(String email) {
        try {
            return accounts.findByEmail(Emails.normalise(email)).map(UserAccount::summary);
        } catch (UserError invalid) {
            return Optional.empty();
        }
    }

    /** The accounts with these ids, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> byIds(Collection<UUID> ids) {
        return accounts.findAllById(ids).stream()
                .map(UserAccount::summary)
                .sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The accounts with these ids, for a module that already checked why the caller may write to them
     * (the candidates module tells the applicants of an organiser's own audition their outcome).
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> recipients(Collection<UUID> ids) {
        return accounts.findAllById(ids).stream().map(UserAccount::summary).toList();
    }

    private AccountSummary invite(String email, String displayName, Locale language, Role role) {
        String address = Emails.normalise(email);
        String name = AccountService.requireName(displayName);
        String invitedBy = CurrentUser.email().orElse("system");
        UserAccount account = accounts.findByEmail(address).orElse(null);
        if (account == null) {
            account = accounts.save(new UserAccount(address, name, role, language, clock));
            links.invite(account, role, invitedBy);
        } else {
            account.grant(role);
            if (account.passwordHash() == null) {
                links.invite(account, role, invitedBy);
            }
        }
        return account.summary();
    }

    private static PageRequest page(int offset, int limit) {
        int size = Math.max(1, limit);
        return PageRequest.of(offset / size, size);
    }
}
