package org.auditio.auditions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.PieceSpec;
import org.auditio.common.ui.DeadlineText;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;

/** A public call: what it is, who may apply, the places, what to record, the deadline, and "Apply". */
@Route("auditions/:auditionId")
@AnonymousAllowed
class AuditionCallView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "auditionId";

    private final AuditionCatalogue catalogue;
    private final Clock clock;
    private String title = "";

    AuditionCallView(AuditionCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.find(event, ID, catalogue::call).ifPresent(this::show);
    }

    private void show(AuditionDetails audition) {
        removeAll();
        title = audition.title(getLocale());
        add(new H1(title));
        if (audition.status() == AuditionStatus.PUBLISHED || audition.status() == AuditionStatus.ARCHIVED) {
            add(new Paragraph(Links.to("auditions/" + audition.id() + "/results", getTranslation("call.results"))));
        }
        Paragraph who = new Paragraph(audition.organisationName() + " · ");
        who.add(AuditionTexts.status(this, audition.status()));
        who.addClassName("muted");
        add(who);
        if (!audition.description(getLocale()).isBlank()) {
            Paragraph description = new Paragraph(audition.description(getLocale()));
            description.addClassName("prose");
            add(description);
        }
        String event = AuditionTexts.event(this, audition.place(), audition.eventStart(), audition.eventEnd());
        if (!event.isBlank()) {
            add(new H2(getTranslation("call.event")), new Paragraph(event));
        }
        ApplicationWindow window = audition.window();
        if (window != null) {
            add(new H2(getTranslation("call.deadline")), new DeadlineText(window.closesAt(), window.zone(), clock));
        }
        add(new H2(getTranslation("call.who")), new Paragraph(AuditionTexts.eligibility(this, audition.eligibility())));
        UnorderedList parts = new UnorderedList();
        audition.voiceParts().forEach(quota -> parts.add(new ListItem(AuditionTexts.places(this, quota))));
        add(new H2(getTranslation("call.voice-parts")), parts);
        OrderedList pieces = new OrderedList();
        for (PieceSpec piece : audition.pieces()) {
            ListItem item = new ListItem(new Span(piece.name(getLocale())));
            item.add(new Paragraph(piece.instructions(getLocale())), new Paragraph(AuditionTexts.piece(this, piece)));
            pieces.add(item);
        }
        add(new H2(getTranslation("call.pieces")), pieces);
        if (audition.blindReview()) {
            add(new Paragraph(getTranslation("call.blind")));
        }
        if (audition.acceptingApplications()) {
            Button apply = new Button(
                    getTranslation("call.apply"),
                    click -> getUI().ifPresent(ui -> ui.navigate("apply/" + audition.id())));
            apply.addThemeVariants(ButtonVariant.PRIMARY);
            add(apply);
        } else if (audition.status() == AuditionStatus.OPEN) {
            add(new Paragraph(getTranslation("call.not-yet-open")));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Auditio";
    }
}
