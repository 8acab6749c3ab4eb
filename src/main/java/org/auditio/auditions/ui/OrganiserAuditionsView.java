package org.auditio.auditions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionSummary;
import org.auditio.auditions.OrganisationSummary;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.TimeTexts;

/** An organiser's auditions (all of them for an admin), and the form that starts a new one. */
@Route("organise")
@Menu(title = "menu.organise", order = 30)
@RolesAllowed({"ORGANISER", "ADMIN"})
class OrganiserAuditionsView extends PageColumn implements HasDynamicTitle {

    final Grid<AuditionSummary> grid = new Grid<>();

    OrganiserAuditionsView(AuditionService auditions) {
        wide();
        add(new H1(getTranslation("organise.title")));
        List<OrganisationSummary> organisations = auditions.myOrganisations();
        if (organisations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("organise.no-organisation"));
            none.addClassName("callout");
            add(none);
        } else {
            add(new H2(getTranslation("organise.new")), new NewAuditionForm(auditions, organisations));
        }
        grid.addComponentColumn(audition -> new RouterLink(
                        audition.title(getLocale()),
                        AuditionEditorView.class,
                        new RouteParameters(AuditionEditorView.ID, audition.id().toString())))
                .setHeader(getTranslation("organise.column.title"))
                .setFlexGrow(2);
        grid.addColumn(AuditionSummary::organisationName)
                .setHeader(getTranslation("organise.column.organisation"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(audition -> AuditionTexts.status(this, audition.status())))
                .setHeader(getTranslation("organise.column.status"))
                .setAutoWidth(true);
        grid.addColumn(audition -> deadline(audition.window()))
                .setHeader(getTranslation("organise.column.deadline"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("organise.empty"));
        grid.setHeight("22rem");
        grid.setItems(query -> auditions.mine(query.getOffset(), query.getLimit()).stream(), query ->
                (int) auditions.countMine());
        add(new H2(getTranslation("organise.list")), grid);
    }

    private String deadline(ApplicationWindow window) {
        return window == null ? "" : TimeTexts.dateTime(window.closesAt(), window.zone(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organise.title") + " · Auditio";
    }
}
