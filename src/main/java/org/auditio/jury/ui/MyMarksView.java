package org.auditio.jury.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.auditio.auditions.CriterionSpec;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;
import org.auditio.jury.JuryWork;
import org.auditio.jury.MyMarkRow;
import org.auditio.jury.MyPanel;
import org.auditio.jury.ScoreSheet;

/** A juror's own marks, one line per candidate, sortable by any column, to check their consistency. */
@Route("jury-marks/:auditionId")
@RolesAllowed("JUROR")
class MyMarksView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    private final JuryWork work;
    final Grid<MyMarkRow> grid = new Grid<>();
    private String title = "";

    MyMarksView(JuryWork work) {
        this.work = work;
        wide();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<MyPanel> panel = RouteIds.find(event, "auditionId", work::myPanel);
        if (panel.isEmpty()) {
            return;
        }
        UUID auditionId = panel.get().auditionId();
        title = getTranslation("jury.my-marks.title", panel.get().title(getLocale()));
        removeAll();
        add(new H1(title), new Paragraph(Links.to("jury/" + auditionId, getTranslation("jury.my-marks.back"))));
        var rows = work.myMarks(auditionId);
        grid.removeAllColumns();
        grid.addColumn(MyMarkRow::rank).setHeader("#").setSortable(true).setAutoWidth(true);
        grid.addColumn(MyMarkRow::code)
                .setHeader(getTranslation("jury.queue.code"))
                .setSortable(true);
        grid.addColumn(r -> JuryLabels.voicePart(r.voicePart()))
                .setHeader(getTranslation("jury.queue.voice-part"))
                .setSortable(true);
        grid.addColumn(r -> JuryLabels.state(r.state()))
                .setHeader(getTranslation("jury.queue.state"))
                .setSortable(true);
        if (!rows.isEmpty()) {
            ScoreSheet first = work.open(auditionId, rows.getFirst().code());
            for (ScoreSheet.CriterionMark mark : first.rubric()) {
                CriterionSpec criterion = mark.criterion();
                grid.addColumn(r -> JuryLabels.number(r.marks().get(criterion.id()), getLocale()))
                        .setHeader(criterion.label(getLocale()))
                        .setComparator(Comparator.comparing(
                                (MyMarkRow r) -> r.marks().getOrDefault(criterion.id(), BigDecimal.valueOf(-1))));
            }
        }
        grid.addColumn(r -> JuryLabels.number(r.weightedTotal(), getLocale()))
                .setHeader(getTranslation("jury.my-marks.total"))
                .setComparator(Comparator.comparing(
                        (MyMarkRow r) -> r.weightedTotal() == null ? BigDecimal.valueOf(-1) : r.weightedTotal()));
        grid.setItems(rows);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
