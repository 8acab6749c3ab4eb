package org.auditio.candidates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.PieceSpec;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.CandidateProfileView;
import org.auditio.candidates.EligibilityReport;
import org.auditio.candidates.MyApplications;
import org.auditio.common.UserError;
import org.auditio.common.ui.DeadlineText;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;

/**
 * Applying: first whether I may (with every reason if not), then the voice part and the pieces I
 * will record, in order. Starting creates a draft; the status page takes over from there.
 */
@Route("apply/:auditionId")
@RolesAllowed("CANDIDATE")
class ApplyView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "auditionId";

    private final MyApplications applications;
    private final Clock clock;
    final Select<VoicePart> voicePart = new Select<>();
    final Button start = new Button();
    private String title = "";

    ApplyView(MyApplications applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
        addClassName("candidate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.find(event, ID, this::report).ifPresent(this::show);
    }

    private Optional<EligibilityReport> report(UUID auditionId) {
        try {
            return Optional.of(applications.eligibility(auditionId));
        } catch (UserError notFound) {
            return Optional.empty();
        }
    }

    private void show(EligibilityReport report) {
        removeAll();
        AuditionDetails audition = report.audition();
        title = getTranslation("apply.title", audition.title(getLocale()));
        add(new H1(title));
        if (report.existingApplication() != null) {
            add(callout(new Paragraph(getTranslation("apply.already")), linkTo(report.existingApplication())));
        } else if (!audition.acceptingApplications()) {
            add(callout(new Paragraph(getTranslation("apply.closed"))));
        } else if (!report.profileComplete()) {
            add(callout(
                    new Paragraph(getTranslation("apply.profile-first")),
                    new Paragraph(new RouterLink(getTranslation("apply.to-profile"), ProfileView.class))));
        } else if (!report.reasons().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            report.reasons().forEach(reason -> reasons.add(new ListItem(CandidateTexts.reason(reason))));
            add(callout(new Paragraph(getTranslation("apply.not-eligible")), reasons));
        } else {
            showForm(audition, report.profile());
        }
    }

    private void showForm(AuditionDetails audition, CandidateProfileView profile) {
        add(new Paragraph(getTranslation("apply.eligible")));
        ApplicationWindow window = audition.window();
        if (window != null) {
            add(new DeadlineText(window.closesAt(), window.zone(), clock));
        }
        voicePart.setLabel(getTranslation("apply.voice-part"));
        voicePart.setItems(audition.offeredParts());
        voicePart.setItemLabelGenerator(part -> getTranslation("voice-part." + part.name()));
        VoicePart usual = profile == null ? null : profile.voicePart();
        if (usual != null && audition.offers(usual)) {
            voicePart.setValue(usual);
        } else if (usual != null && audition.offers(usual.section())) {
            voicePart.setValue(usual.section());
        }
        OrderedList pieces = new OrderedList();
        for (PieceSpec piece : audition.pieces()) {
            ListItem item = new ListItem(piece.name(getLocale()));
            item.add(new Paragraph(CandidateTexts.rules(piece)));
            pieces.add(item);
        }
        start.setText(getTranslation("apply.start"));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickListener(click -> {
            try {
                UUID id = applications.start(audition.id(), voicePart.getValue());
                getUI().ifPresent(ui ->
                        ui.navigate(ApplicationView.class, new RouteParameters(ApplicationView.ID, id.toString())));
            } catch (UserError error) {
                Notices.error(Notices.text(error));
            }
        });
        add(voicePart, new H2(getTranslation("apply.pieces")), pieces, start);
    }

    private RouterLink linkTo(UUID applicationId) {
        return new RouterLink(
                getTranslation("apply.open-application"),
                ApplicationView.class,
                new RouteParameters(ApplicationView.ID, applicationId.toString()));
    }

    private static Div callout(Component... content) {
        Div callout = new Div(content);
        callout.addClassName("callout");
        return callout;
    }

    @Override
    public String getPageTitle() {
        return title + " · Auditio";
    }
}
