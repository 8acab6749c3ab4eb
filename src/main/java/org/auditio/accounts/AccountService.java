package org.auditio.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.auditio.accounts.domain.UserAccount;
import org.auditio.accounts.domain.UserAccountRepository;
import org.auditio.accounts.internal.Emails;
import org.auditio.accounts.internal.PasswordPolicy;
import org.auditio.common.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-service: candidates register; everyone reads and edits their own account. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Opens a candidate account. */
    @PreAuthorize("permitAll()")
    @Transactional
    public UUID register(Registration registration) {
        String email = Emails.normalise(registration.email());
        String name = requireName(registration.displayName());
        policy.check(registration.password(), email).ifPresent(error -> {
            throw error;
        });
        if (accounts.findByEmail(email).isPresent()) {
            throw new UserError("register.email-taken");
        }
        UserAccount account = new UserAccount(email, name, Role.CANDIDATE, registration.language(), clock);
        account.setPasswordHash(encoder.encode(registration.password()));
        return accounts.saveAndFlush(account).id();
    }

    /** The logged-in account, if there is one. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> current() {
        return CurrentUser.email().flatMap(accounts::findByEmail).map(UserAccount::summary);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeLanguage(Locale language) {
        mine().changeLanguage(language);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rename(String displayName) {
        mine().rename(requireName(displayName));
    }

    /** Needs the current password, so a session left open cannot take the account over. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = mine();
        String hash = account.passwordHash();
        if (hash == null || !encoder.matches(currentPassword, hash)) {
            throw new UserError("account.password.wrong-current");
        }
        policy.check(newPassword, account.email()).ifPresent(error -> {
            throw error;
        });
        account.setPasswordHash(encoder.encode(newPassword));
    }

    /** Erases the current account (see {@link UserAccount#erase()}); the caller then logs the user out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void eraseMyAccount() {
        mine().erase();
    }

    private UserAccount mine() {
        return CurrentUser.email()
                .flatMap(accounts::findByEmail)
                .orElseThrow(() -> new IllegalStateException("No account behind the current session"));
    }

    static String requireName(String displayName) {
        String name = displayName.strip();
        if (name.isEmpty()) {
            throw new UserError("name.required");
        }
        if (name.length() > 200) {
            throw new UserError("name.too-long", 200);
        }
        return name;
    }
}
