package org.auditio.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.auditio.accounts.domain.AccountToken;
import org.auditio.accounts.domain.AccountTokenRepository;
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
 * Single-use, expiring links that let someone choose a password: reset links (1 hour) and
 * invitations (7 days). Asking for a reset answers the same whether or not the address exists.
 */
@Service
public class PasswordLinks {

    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    PasswordLinks(
            UserAccountRepository accounts,
            AccountTokenRepository tokens,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${auditio.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Sends a reset link if the address has an account; says nothing either way. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestReset(String email) {
        String key;
        try {
            key = Emails.normalise(email);
        } catch (UserError e) {
            return;
        }
        accounts.findByEmail(key).ifPresent(account -> {
            String link = issue(account, LinkPurpose.PASSWORD_RESET, RESET_VALIDITY);
            events.publishEvent(new PasswordResetRequested(
                    account.email(),
                    account.displayName(),
                    account.language(),
                    link,
                    clock.instant().plus(RESET_VALIDITY)));
        });
    }

    /**
     * Warns the owner of the account, if there is one, that someone keeps failing to log in to it,
     * with a fresh reset link (any earlier one stops working). The login throttle calls this at
     * most once per window; nothing happens for an unknown name.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void warnOfFailedLogins(String email, long failures) {
        accounts.findByEmail(email.strip()).ifPresent(account -> {
            String link = issue(account, LinkPurpose.PASSWORD_RESET, RESET_VALIDITY);
            events.publishEvent(new RepeatedLoginFailures(
                    account.email(),
                    account.displayName(),
                    account.language(),
                    failures,
                    link,
                    clock.instant().plus(RESET_VALIDITY)));
        });
    }

    /** What a still valid link is for; empty for an unknown, used or expired one. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<LinkDetails> describe(String secret) {
        return usable(secret)
                .flatMap(token -> accounts.findById(token.userId())
                        .map(account -> new LinkDetails(token.purpose(), account.email(), account.displayName())));
    }

    /** Sets the password and spends the link. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void choosePassword(String secret, String password) {
        AccountToken token = usable(secret).orElseThrow(() -> new UserError("link.invalid"));
        UserAccount account = accounts.findById(token.userId()).orElseThrow(() -> new UserError("link.invalid"));
        policy.check(password, account.email()).ifPresent(error -> {
            throw error;
        });
        token.use(clock.instant());
        account.setPasswordHash(encoder.encode(password));
    }

    /** A new invitation link for the account; earlier ones stop working. Package use only. */
    String invite(UserAccount account, Role role, String invitedBy) {
        String link = issue(account, LinkPurpose.INVITATION, INVITATION_VALIDITY);
        Instant expires = clock.instant().plus(INVITATION_VALIDITY);
        events.publishEvent(new InvitationIssued(
                account.email(), account.displayName(), account.language(), role, invitedBy, link, expires));
        return link;
    }

    private String issue(UserAccount account, LinkPurpose purpose, Duration validity) {
        Instant now = clock.instant();
        tokens.spendOpenLinks(account.id(), purpose, now);
        String secret = LinkTokens.newSecret();
        tokens.save(new AccountToken(account.id(), purpose, LinkTokens.hash(secret), now, validity));
        return baseUrl + "/password/" + secret;
    }

    private Optional<AccountToken> usable(String secret) {
        if (secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(LinkTokens.hash(secret)).filter(token -> token.usableAt(clock.instant()));
    }
}
