package org.auditio.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.auditio.accounts.domain.AccountTokenRepository;
import org.auditio.accounts.domain.UserAccount;
import org.auditio.accounts.domain.UserAccountRepository;
import org.auditio.accounts.internal.Emails;
import org.auditio.common.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The first administrator of a real installation, where nobody can log in yet and only
 * administrators create organisers: when {@code auditio.admin.email} ({@code AUDITIO_ADMIN_EMAIL})
 * is set and no administrator can log in, that address gets an administrator account without a
 * password and an invitation link to choose one, by mail, and in the log when no SMTP server is
 * configured (the mail then waits in an outbox only administrators can read).
 *
 * <p>Once an administrator has a password, it does nothing. Until then, a restart sends a new link
 * only if the earlier one has expired or been spent. Several nodes starting at once take turns on a
 * PostgreSQL advisory lock, so exactly one of them creates the account. It runs at start-up outside
 * any request and calls no secured service: only this package's repositories and link issuer.
 */
@Component
@Order(-10)
class FirstAdministrator implements ApplicationRunner {

    /** Key of the advisory lock held while deciding (any number unique within this database). */
    static final long LOCK = 0x4155_4449_5449_4f01L;

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    /** What a start did. */
    enum Outcome {
        NOT_ASKED,
        ADMINISTRATOR_EXISTS,
        LINK_STILL_VALID,
        ADDRESS_TAKEN,
        INVITED
    }

    private record Decision(Outcome outcome, String link) {}

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordLinks links;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String email;
    private final String name;
    private final Locale language;
    private final boolean smtpConfigured;

    FirstAdministrator(
            UserAccountRepository accounts,
            AccountTokenRepository tokens,
            PasswordLinks links,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${auditio.admin.email:}") String email,
            @Value("${auditio.admin.name:Administrator}") String name,
            @Value("${auditio.admin.language:en}") String language,
            @Value("${spring.mail.host:}") String smtpHost) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.email = email.trim();
        this.name = name;
        this.language = Locale.forLanguageTag(language);
        this.smtpConfigured = StringUtils.hasText(smtpHost);
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    Outcome ensure() {
        if (email.isEmpty()) {
            return Outcome.NOT_ASKED;
        }
        String address;
        try {
            address = Emails.normalise(email);
        } catch (UserError invalid) {
            throw new IllegalStateException("AUDITIO_ADMIN_EMAIL is not an e-mail address: '" + email + "'");
        }
        Decision decision = Objects.requireNonNull(transaction.execute(status -> decide(address)));
        switch (decision.outcome()) {
            case ADMINISTRATOR_EXISTS -> log.info("An administrator exists already: AUDITIO_ADMIN_EMAIL is ignored");
            case LINK_STILL_VALID ->
                log.info(
                        "The first administrator {} has not chosen a password yet; the link sent earlier still works",
                        address);
            case ADDRESS_TAKEN ->
                log.error(
                        "AUDITIO_ADMIN_EMAIL names {}, an account with a password that is no administrator: not made"
                                + " administrator (whoever registered it would become one). Name another address.",
                        address);
            case INVITED -> announce(address, decision.link());
            case NOT_ASKED -> {}
        }
        return decision.outcome();
    }

    private Decision decide(String address) {
        // Held until commit: a second node waits here, then finds what the first one did.
        jdbc.sql("select count(*) from (select pg_advisory_xact_lock(?)) as locked")
                .param(LOCK)
                .query(Long.class)
                .single();
        if (accounts.anyWithPassword(Role.ADMIN)) {
            return new Decision(Outcome.ADMINISTRATOR_EXISTS, "");
        }
        UserAccount account = accounts.findByEmail(address).orElse(null);
        if (account == null) {
            account = accounts.save(
                    new UserAccount(address, AccountService.requireName(name), Role.ADMIN, language, clock));
        } else if (account.passwordHash() != null) {
            return new Decision(Outcome.ADDRESS_TAKEN, "");
        } else if (account.roles().contains(Role.ADMIN)
                && tokens.anyUsable(account.id(), LinkPurpose.INVITATION, clock.instant())) {
            return new Decision(Outcome.LINK_STILL_VALID, "");
        } else {
            account.grant(Role.ADMIN);
        }
        return new Decision(Outcome.INVITED, links.invite(account, Role.ADMIN, "AUDITIO_ADMIN_EMAIL"));
    }

    private void announce(String address, String link) {
        if (smtpConfigured) {
            log.warn(
                    "First administrator {} created: a single-use link to choose the password is on its way by mail",
                    address);
        } else {
            // Without SMTP the mail waits in an outbox only administrators can read: the log is the way in.
            log.warn(
                    "First administrator {} created. No SMTP server is configured: open this single-use link to"
                            + " choose the password (valid {} days): {}",
                    address,
                    PasswordLinks.INVITATION_VALIDITY.toDays(),
                    link);
        }
    }
}
