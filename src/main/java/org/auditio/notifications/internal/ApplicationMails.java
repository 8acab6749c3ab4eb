package org.auditio.notifications.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.auditio.candidates.ApplicationSubmitted;
import org.auditio.candidates.OutcomeAnnounced;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The candidates module's mails: the submission receipt and the outcome, in the candidate's language. */
@Component
class ApplicationMails {

    private final Mailer mailer;
    private final String baseUrl;

    ApplicationMails(Mailer mailer, @Value("${auditio.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The time is written in the audition's zone, named, as the deadline was announced in it. */
    @ApplicationModuleListener
    void on(ApplicationSubmitted event) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(event.language())
                        .format(event.submittedAt().atZone(event.auditionZone()))
                + " (" + event.auditionZone().getId() + ")";
        mailer.send(
                event.email(),
                event.language(),
                "application-submitted",
                event.candidateName(),
                event.auditionTitle(),
                when,
                event.receipt(),
                baseUrl + "/my-applications/" + event.applicationId());
    }

    /** One mail per applicant; the template names the outcome, the reserve position is its third argument. */
    @ApplicationModuleListener
    void on(OutcomeAnnounced event) {
        mailer.send(
                event.email(),
                event.language(),
                "outcome-" + event.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                event.candidateName(),
                event.auditionTitle(),
                event.reservePosition() == null ? 0 : event.reservePosition(),
                baseUrl + "/my-applications/" + event.applicationId());
    }
}
