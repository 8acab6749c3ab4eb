package org.auditio.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.auditio.accounts.domain.PendingRegistration;
import org.auditio.accounts.domain.PendingRegistrationRepository;
import org.auditio.accounts.domain.UserAccount;
import org.auditio.accounts.domain.UserAccountRepository;
import org.auditio.accounts.internal.Emails;
import org.auditio.accounts.internal.LinkTokens;
import org.auditio.accounts.internal.PasswordPolicy;
import org.auditio.common.UserError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service: candidates register (confirming their address through a link sent by mail);
 * everyone reads and edits their own account.
 */
@Service
public class AccountService {

    /** How long a registration's confirmation link works. */
    static final Duration REGISTRATION_VALIDITY = Duration.ofHours(24);

    private final UserAccountRepository accounts;
    private final PendingRegistrationRepository pending;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    AccountService(
            UserAccountRepository accounts,
            PendingRegistrationRepository pending,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${auditio.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.pending = pending;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * Starts a candidate registration. The answer is the same whether or not the address has an
     * account, so that registering cannot tell who uses Auditio: a new address gets a link that
     * opens the account, an existing one a mail telling its owner (with a reset hint); nothing else
     * changes. Both ways hash the password, the slow part, so that they also take the same time.
     * Only a malformed name, address or password is refused, and those say nothing about accounts.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void register(Registration registration) {
        String email = Emails.normalise(registration.email());
        String name = requireName(registration.displayName());
        policy.check(registration.password(), email).ifPresent(error -> {
            throw error;
        });
        String hash = encoder.encode(registration.password());
        Optional<UserAccount> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            UserAccount owner = existing.get();
            events.publishEvent(new RegistrationForExistingAccount(
                    owner.email(),
                    owner.displayName(),
                    owner.language(),
                    baseUrl + "/login",
                    baseUrl + "/password-reset"));
            return;
        }
        Instant now = clock.instant();
        String secret = LinkTokens.newSecret();
        pending.save(new PendingRegistration(
                email, name, hash, registration.language(), LinkTokens.hash(secret), now, REGISTRATION_VALIDITY));
        events.publishEvent(new RegistrationRequested(
                email,
                name,
                registration.language(),
                baseUrl + "/activate/" + secret,
                now.plus(REGISTRATION_VALIDITY)));
    }

    /** Who a registration link is for, while it works; empty for an unknown, used or expired one. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<LinkDetails> registrationLink(String secret) {
        return usableRegistration(secret)
                .map(registration ->
                        new LinkDetails(LinkPurpose.REGISTRATION, registration.email(), registration.displayName()));
    }

    /**
     * Opens the account the link was sent for and spends the link (and any other pending
     * registration of that address). Refused if the link does not work, or if the address got an
     * account in the meantime.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public AccountSummary confirmRegistration(String secret) {
        PendingRegistration registration = usableRegistration(secret).orElseThrow(() -> new UserError("link.invalid"));
        if (accounts.findByEmail(registration.email()).isPresent()) {
            throw new UserError("register.already-active");
        }
        UserAccount account = accounts.saveAndFlush(registration.confirm(clock));
        pending.deleteByAddress(account.email());
        return account.summary();
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

    private Optional<PendingRegistration> usableRegistration(String secret) {
        if (secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return pending.findByTokenHash(LinkTokens.hash(secret)).filter(r -> r.usableAt(clock.instant()));
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
