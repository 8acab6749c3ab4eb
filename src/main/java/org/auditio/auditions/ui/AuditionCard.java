package org.auditio.auditions.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionSummary;
import org.auditio.common.ui.DeadlineText;

/** An open call in a list: its title (the link to it), who runs it, where and when, and the time left. */
class AuditionCard extends Section {

    AuditionCard(AuditionSummary audition, Clock clock) {
        addClassName("card");
        addClassName("audition-card");
        RouterLink title = new RouterLink(
                audition.title(getLocale()),
                AuditionCallView.class,
                new RouteParameters(AuditionCallView.ID, audition.id().toString()));
        add(new H3(title));
        Paragraph who = new Paragraph(audition.organisationName());
        who.addClassName("muted");
        add(who);
        String event = AuditionTexts.event(this, audition.place(), audition.eventStart(), audition.eventEnd());
        if (!event.isBlank()) {
            add(new Paragraph(event));
        }
        ApplicationWindow window = audition.window();
        if (window != null) {
            add(new DeadlineText(window.closesAt(), window.zone(), clock));
        }
    }
}
