package org.auditio.notifications.internal;

import org.auditio.jury.JurorReminded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The jury module's mails: a reminder to a juror who is behind, in the juror's language. */
@Component
class JuryMails {

    private final Mailer mailer;
    private final String baseUrl;

    JuryMails(Mailer mailer, @Value("${auditio.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void on(JurorReminded event) {
        mailer.send(
                event.email(),
                event.language(),
                "juror-reminder",
                event.displayName(),
                event.auditionTitle(),
                event.done(),
                event.assigned(),
                baseUrl + "/jury/" + event.auditionId());
    }
}
