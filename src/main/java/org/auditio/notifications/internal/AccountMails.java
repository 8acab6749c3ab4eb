package org.auditio.notifications.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.auditio.accounts.InvitationIssued;
import org.auditio.accounts.PasswordResetRequested;
import org.auditio.accounts.RegistrationForExistingAccount;
import org.auditio.accounts.RegistrationRequested;
import org.auditio.accounts.RepeatedLoginFailures;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The mails the accounts module asks for, in the recipient's language. */
@Component
class AccountMails {

    private final Mailer mailer;

    AccountMails(Mailer mailer) {
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        mailer.send(
                event.email(),
                event.language(),
                "password-reset",
                event.displayName(),
                event.link(),
                when(event.expiresAt(), event.language()));
    }

    @ApplicationModuleListener
    void on(InvitationIssued event) {
        mailer.send(
                event.email(),
                event.language(),
                "invitation." + event.role().name().toLowerCase(Locale.ROOT),
                event.displayName(),
                event.link(),
                when(event.expiresAt(), event.language()),
                event.invitedBy());
    }

    @ApplicationModuleListener
    void on(RepeatedLoginFailures event) {
        mailer.send(
                event.email(),
                event.language(),
                "login-failures",
                event.displayName(),
                event.failures(),
                event.link(),
                when(event.expiresAt(), event.language()));
    }

    @ApplicationModuleListener
    void on(RegistrationRequested event) {
        mailer.send(
                event.email(),
                event.language(),
                "registration",
                event.displayName(),
                event.link(),
                when(event.expiresAt(), event.language()));
    }

    /** In the owner's language, not the one the registration was typed in. */
    @ApplicationModuleListener
    void on(RegistrationForExistingAccount event) {
        mailer.send(
                event.email(),
                event.language(),
                "registration-existing",
                event.displayName(),
                event.loginLink(),
                event.resetLink());
    }

    /** Expiry times are written in UTC with the zone named, since mail has no time zone of its own. */
    private static String when(Instant instant, Locale language) {
        TemporalAccessor utc = instant.atZone(ZoneOffset.UTC);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(language)
                        .format(utc) + " UTC";
    }
}
