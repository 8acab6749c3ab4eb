package org.auditio.candidates.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.candidates.ApplicationRow;
import org.auditio.candidates.ApplicationSort;
import org.auditio.candidates.ApplicationStatistics;
import org.auditio.candidates.ApplicationStatus;
import org.auditio.candidates.AuditionApplications;
import org.auditio.common.ui.Countries;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;
import org.auditio.common.ui.StatusBadge;
import org.auditio.common.ui.TimeTexts;
import org.auditio.media.Recordings;

/**
 * An audition's applications for its organisers: counts, then the list, filtered and sorted in
 * the database and loaded page by page; a line opens the application.
 */
@Route("organise/:auditionId/applications")
@RolesAllowed({"ORGANISER", "ADMIN"})
class ApplicationsDashboardView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "auditionId";
    static final int SHOWN_COUNTRIES = 12;

    private final AuditionService auditions;
    private final AuditionApplications dashboard;
    private final Recordings recordings;
    final Grid<ApplicationRow> grid = new Grid<>();
    ApplicationFilters filters;
    private String title = "";

    ApplicationsDashboardView(AuditionService auditions, AuditionApplications dashboard, Recordings recordings) {
        this.auditions = auditions;
        this.dashboard = dashboard;
        this.recordings = recordings;
        wide();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.find(event, ID, auditions::find).ifPresent(this::show);
    }

    private void show(AuditionDetails audition) {
        removeAll();
        title = getTranslation("dashboard.title", audition.title(getLocale()));
        add(new H1(title), new Paragraph(Links.to("organise/" + audition.id(), getTranslation("dashboard.back"))));
        Div counts = new Div();
        add(counts);
        Runnable recount = () -> showCounts(counts, dashboard.statistics(audition.id()));
        recount.run();
        filters = new ApplicationFilters(
                audition.offeredParts(), () -> grid.getDataProvider().refreshAll());
        columns(audition.zone());
        grid.setItems(
                query -> dashboard
                        .page(
                                audition.id(),
                                filters.value(),
                                sort(query.getSortOrders()),
                                query.getOffset(),
                                query.getLimit())
                        .stream(),
                query -> (int) dashboard.count(audition.id(), filters.value()));
        grid.setEmptyStateText(getTranslation("dashboard.empty"));
        grid.setHeight("32rem");
        grid.addItemClickListener(click -> new ApplicationReviewDialog(
                        dashboard, recordings, audition.id(), click.getItem().id(), () -> {
                            recount.run();
                            grid.getDataProvider().refreshAll();
                        })
                .open());
        add(filters, grid);
    }

    private void columns(ZoneId zone) {
        grid.removeAllColumns();
        Locale locale = getLocale();
        grid.addColumn(ApplicationRow::candidateName)
                .setHeader(getTranslation("dashboard.column.name"))
                .setSortProperty(ApplicationSort.Field.NAME.name())
                .setKey(ApplicationSort.Field.NAME.name())
                .setFlexGrow(2);
        grid.addColumn(row -> Countries.name(row.country(), locale))
                .setHeader(getTranslation("dashboard.column.country"))
                .setSortProperty(ApplicationSort.Field.COUNTRY.name())
                .setKey(ApplicationSort.Field.COUNTRY.name());
        grid.addColumn(row -> getTranslation("voice-part." + row.voicePart().name()))
                .setHeader(getTranslation("dashboard.column.voice-part"))
                .setSortProperty(ApplicationSort.Field.VOICE_PART.name())
                .setKey(ApplicationSort.Field.VOICE_PART.name());
        grid.addComponentColumn(row -> new StatusBadge(
                        getTranslation("application.status." + row.status().name()),
                        row.status().name()))
                .setHeader(getTranslation("dashboard.column.status"))
                .setSortProperty(ApplicationSort.Field.STATUS.name())
                .setKey(ApplicationSort.Field.STATUS.name());
        grid.addColumn(ApplicationRow::age)
                .setHeader(getTranslation("dashboard.column.age"))
                .setSortProperty(ApplicationSort.Field.AGE.name())
                .setKey(ApplicationSort.Field.AGE.name())
                .setAutoWidth(true);
        grid.addColumn(row -> row.submittedAt() == null ? "" : TimeTexts.dateTime(row.submittedAt(), zone, locale))
                .setHeader(getTranslation("dashboard.column.submitted"))
                .setSortProperty(ApplicationSort.Field.SUBMITTED.name())
                .setKey(ApplicationSort.Field.SUBMITTED.name())
                .setAutoWidth(true);
        grid.setMultiSort(false);
    }

    private void showCounts(Div counts, ApplicationStatistics statistics) {
        counts.removeAll();
        counts.addClassName("cards");
        counts.add(
                count("dashboard.count.total", statistics.total()),
                count("dashboard.count.submitted", statistics.count(ApplicationStatus.SUBMITTED)),
                count("dashboard.count.drafts", statistics.count(ApplicationStatus.DRAFT)),
                count("dashboard.count.withdrawn", statistics.count(ApplicationStatus.WITHDRAWN)));
        String parts = statistics.submittedByVoicePart().entrySet().stream()
                .map(e -> getTranslation("voice-part." + e.getKey().name()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
        List<String> countries = statistics.submittedByCountry().entrySet().stream()
                .limit(SHOWN_COUNTRIES)
                .map(e -> Countries.name(e.getKey(), getLocale()) + " " + e.getValue())
                .toList();
        int more = statistics.submittedByCountry().size() - countries.size();
        Section breakdown = new Section(
                new Paragraph(getTranslation("dashboard.by-voice-part", parts.isEmpty() ? "—" : parts)),
                new Paragraph(getTranslation(
                        "dashboard.by-country",
                        countries.isEmpty() ? "—" : String.join(" · ", countries),
                        statistics.submittedByCountry().size(),
                        more)));
        breakdown.addClassName("card");
        breakdown.addClassName("breakdown");
        counts.add(breakdown);
    }

    private Section count(String key, long value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("count");
        Section card = new Section(number, new Paragraph(getTranslation(key)));
        card.addClassName("card");
        card.addClassName("count-card");
        return card;
    }

    private static ApplicationSort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return ApplicationSort.DEFAULT;
        }
        QuerySortOrder order = orders.getFirst();
        return new ApplicationSort(
                ApplicationSort.Field.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING);
    }

    @Override
    public String getPageTitle() {
        return title + " · Auditio";
    }
}
