package org.auditio.auditions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;

/**
 * An organiser's audition: its status and next step, what still keeps a draft from opening, then
 * one tab per part of the call, each saved on its own.
 */
@Route("organise/:auditionId")
@RolesAllowed({"ORGANISER", "ADMIN"})
class AuditionEditorView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "auditionId";

    private final AuditionService auditions;
    private final Div header = new Div();
    TabSheet tabs = new TabSheet();
    private String title = "";

    AuditionEditorView(AuditionService auditions) {
        this.auditions = auditions;
        wide();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.find(event, ID, auditions::find).ifPresent(this::render);
    }

    private void render(AuditionDetails audition) {
        removeAll();
        showHeader(audition);
        tabs = new TabSheet();
        tabs.add(getTranslation("editor.tab.description"), new DescriptionForm(audition, auditions, this::showHeader));
        Div window = new Div(
                new WindowForm(audition, auditions, this::showHeader),
                new EligibilityForm(audition, auditions, this::showHeader));
        tabs.add(getTranslation("editor.tab.window"), window);
        tabs.add(getTranslation("editor.tab.voice-parts"), new VoicePartsEditor(audition, auditions, this::showHeader));
        tabs.add(getTranslation("editor.tab.pieces"), new PiecesEditor(audition, auditions, this::showHeader));
        tabs.add(getTranslation("editor.tab.rubric"), new RubricEditor(audition, auditions, this::showHeader));
        tabs.setWidthFull();
        add(header, tabs);
    }

    /** Saving a tab refreshes the status and the checklist; a lifecycle step redraws everything. */
    private void showHeader(AuditionDetails audition) {
        title = audition.title(getLocale());
        header.removeAll();
        Paragraph status = new Paragraph(audition.organisationName() + " · ");
        status.add(AuditionTexts.status(this, audition.status()));
        status.addClassName("muted");
        header.add(new H1(title), status);
        HorizontalLayout actions = new HorizontalLayout(new LifecycleBar(audition, auditions, this::render));
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        if (audition.status() != AuditionStatus.DRAFT) {
            actions.add(new RouterLink(
                    getTranslation("editor.public-page"),
                    AuditionCallView.class,
                    new RouteParameters(AuditionCallView.ID, audition.id().toString())));
            actions.add(Links.to("organise/" + audition.id() + "/applications", getTranslation("editor.applications")));
            actions.add(Links.to("organise/" + audition.id() + "/jury", getTranslation("jury.editor.link")));
            actions.add(Links.to("auditions/" + audition.id() + "/ranking", getTranslation("ranking.link")));
            actions.add(Links.to(LifecycleBar.selection(audition), getTranslation("selection.editor.link")));
        }
        header.add(actions);
        if (!audition.missingForOpening().isEmpty()) {
            UnorderedList missing = new UnorderedList();
            audition.missingForOpening().forEach(key -> missing.add(new ListItem(getTranslation(key))));
            Div checklist = new Div(new Paragraph(getTranslation("editor.missing")), missing);
            checklist.addClassName("callout");
            header.add(checklist);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Auditio";
    }
}
