package org.auditio.ranking.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.VoicePart;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;
import org.auditio.common.ui.ScoreText;
import org.auditio.ranking.AggregationMethod;
import org.auditio.ranking.ApplicationFigures;
import org.auditio.ranking.DeliberationReport;
import org.auditio.ranking.Deliberators;
import org.auditio.ranking.JurorStanding;
import org.auditio.ranking.PanelReliability;
import org.auditio.ranking.RankedApplication;
import org.auditio.ranking.Ranking;
import org.auditio.ranking.RankingSettings;
import org.auditio.ranking.Rankings;
import org.auditio.ranking.TieBreak;
import org.jspecify.annotations.Nullable;

/**
 * Where the organisers and the jury chair deliberate: the ranking by a method and its parameters
 * (organisers keep one for the audition), compared with another method, section by section, with
 * its flags, the panel's reliability, each juror's severity, agreement and weight, and two charts.
 * Applications appear by anonymous code only.
 */
@Route("auditions/:auditionId/ranking")
@RolesAllowed({"ORGANISER", "ADMIN", "JUROR"})
class RankingView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    /** One line of the ranking table: the application, its figures, its rank by the compared method. */
    record Row(
            RankedApplication ranked,
            ApplicationFigures figures,
            @Nullable Integer compared) {

        @Nullable
        Integer moved() {
            return compared == null || !ranked.ranked() ? null : compared - ranked.overallRank();
        }
    }

    private final Rankings rankings;
    private final Deliberators deliberators;

    final Select<AggregationMethod> method = new Select<>();
    final Select<AggregationMethod> compare = new Select<>();
    final IntegerField minMarks = new IntegerField();
    final IntegerField trimFrom = new IntegerField();
    final IntegerField normaliseFrom = new IntegerField();
    final Button keep = new Button();
    final Paragraph chosen = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Tabs sections = new Tabs();
    final Grid<Row> grid = new Grid<>();
    final Paragraph reliability = new Paragraph();
    final Paragraph reading = new Paragraph();
    final UnorderedList criteria = new UnorderedList();
    final Grid<JurorStanding> jurors = new Grid<>();
    final Grid<JurorStanding> leaveOneOut = new Grid<>();
    final Div charts = new Div();
    private Grid.Column<Row> comparedColumn;
    private Grid.Column<Row> movedColumn;
    private final Map<Tab, @Nullable VoicePart> tabSections = new HashMap<>();
    private List<Row> rows = List.of();
    private @Nullable DeliberationReport report;
    private UUID auditionId = new UUID(0, 0);
    private String title = "";

    RankingView(Rankings rankings, Deliberators deliberators) {
        this.rankings = rankings;
        this.deliberators = deliberators;
        wide();
        method.setLabel(getTranslation("ranking.method"));
        method.setItems(AggregationMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("ranking.method." + m.name()));
        compare.setLabel(getTranslation("ranking.compare"));
        // Wide enough for the choices in either language ("Pas de comparaison" was cut); the longest
        // method names wrap inside the field (app.css) rather than lose their end.
        for (Select<AggregationMethod> select : List.of(method, compare)) {
            select.setWidth("24rem");
            select.setMaxWidth("100%");
            select.addClassName("wrapping-select");
        }
        compare.setItems(AggregationMethod.values());
        compare.setEmptySelectionAllowed(true);
        compare.setEmptySelectionCaption(getTranslation("ranking.compare.none"));
        compare.setItemLabelGenerator(
                m -> m == null ? getTranslation("ranking.compare.none") : getTranslation("ranking.method." + m.name()));
        minMarks.setLabel(getTranslation("ranking.min-marks"));
        trimFrom.setLabel(getTranslation("ranking.trim-from"));
        normaliseFrom.setLabel(getTranslation("ranking.normalise-from"));
        for (IntegerField field : List.of(minMarks, trimFrom, normaliseFrom)) {
            field.setStepButtonsVisible(true);
            field.setMin(1);
        }
        keep.setText(getTranslation("ranking.keep"));
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        keep.addClickListener(e -> Notices.attempt(() -> {
            rankings.choose(auditionId, settings());
            Notices.success(getTranslation("ranking.kept"));
            refresh();
        }));
        method.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Notices.attempt(this::refresh);
            }
        });
        compare.addValueChangeListener(e -> Notices.attempt(this::refresh));
        for (IntegerField field : List.of(minMarks, trimFrom, normaliseFrom)) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Notices.attempt(this::refresh);
                }
            });
        }
        sections.addSelectedChangeListener(e -> showSection());
        empty.addClassName("empty-state");
        columns();
    }

    /**
     * Widths fit the figures, headers wrap, and the flags and the comparison wrap in their cells:
     * with every column sized to its header the table needed sideways scrolling even at 1280 px.
     */
    private void columns() {
        fixed(grid.addColumn(r -> rank(r, true)), getTranslation("ranking.column.section-rank"), "5rem");
        fixed(grid.addColumn(r -> rank(r, false)), getTranslation("ranking.column.overall-rank"), "5rem");
        fixed(grid.addColumn(r -> r.ranked().code()), getTranslation("ranking.column.code"), "6rem");
        fixed(
                grid.addColumn(
                        r -> getTranslation("voice-part." + r.ranked().section().name())),
                getTranslation("ranking.column.section"),
                "6rem");
        fixed(
                grid.addColumn(r -> r.ranked().score() == null
                        ? "—"
                        : ScoreText.of(r.ranked().score(), 3, getLocale())),
                getTranslation("ranking.column.score"),
                "5.5rem");
        fixed(grid.addColumn(r -> r.ranked().jurors()), getTranslation("ranking.column.jurors"), "4.5rem");
        fixed(grid.addColumn(r -> number(r.figures().sd(), 2)), getTranslation("ranking.column.sd"), "5.5rem");
        fixed(grid.addColumn(r -> number(r.figures().range(), 2)), getTranslation("ranking.column.range"), "6rem");
        grid.addColumn(this::flags)
                .setHeader(getTranslation("ranking.column.flags"))
                .setWidth("9rem")
                .setFlexGrow(2);
        comparedColumn = fixed(
                grid.addColumn(r -> r.compared() == null || r.compared() == 0 ? "" : String.valueOf(r.compared())),
                getTranslation("ranking.column.compared"),
                "6rem");
        movedColumn = grid.addColumn(this::moved)
                .setHeader(getTranslation("ranking.column.moved"))
                .setWidth("7rem")
                .setFlexGrow(1);
        grid.addClassName("ranking-grid");
        grid.setPartNameGenerator(r -> r.moved() != null && r.moved() != 0 ? "rank-moved" : null);
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");

        jurors.addColumn(this::jurorLabel).setHeader(getTranslation("ranking.juror"));
        jurors.addColumn(JurorStanding::scores).setHeader(getTranslation("ranking.juror.scores"));
        jurors.addColumn(j -> number(j.mean(), 2)).setHeader(getTranslation("ranking.juror.mean"));
        jurors.addColumn(j -> number(j.sd(), 2)).setHeader(getTranslation("ranking.juror.sd"));
        jurors.addColumn(j -> signed(j.offset())).setHeader(getTranslation("ranking.juror.offset"));
        jurors.addColumn(j -> number(j.agreement(), 2)).setHeader(getTranslation("ranking.juror.agreement"));
        jurors.addColumn(this::normalisation).setHeader(getTranslation("ranking.juror.normalised"));
        jurors.setAllRowsVisible(true);

        leaveOneOut.addColumn(this::jurorLabel).setHeader(getTranslation("ranking.juror"));
        leaveOneOut.addColumn(JurorStanding::maxDisplacement).setHeader(getTranslation("ranking.loo.displacement"));
        leaveOneOut.addColumn(this::topChanges).setHeader(getTranslation("ranking.loo.top-changes"));
        leaveOneOut.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AuditionDetails> audition = RouteIds.find(event, "auditionId", deliberators::find);
        if (audition.isEmpty()) {
            return;
        }
        auditionId = audition.get().id();
        title = getTranslation("ranking.title", audition.get().title(getLocale()));
        RankingSettings kept = rankings.settings(auditionId);
        method.setValue(kept.method());
        minMarks.setValue(kept.minMarks());
        trimFrom.setValue(kept.trimFrom());
        normaliseFrom.setValue(kept.normaliseFrom());
        keep.setVisible(deliberators.mayChoose());
        boolean organiser = deliberators.mayChoose();
        removeAll();
        HorizontalLayout form = new HorizontalLayout(method, minMarks, trimFrom, normaliseFrom, compare, keep);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H1(title),
                new Paragraph(Links.to(organiser ? "organise/" + auditionId : "jury", getTranslation("ranking.back"))),
                new Paragraph(getTranslation("ranking.intro")),
                form,
                chosen,
                empty,
                sections,
                grid,
                new H2(getTranslation("ranking.reliability")),
                reliability,
                reading,
                criteria,
                new H2(getTranslation("ranking.jurors")),
                new Paragraph(getTranslation("ranking.jurors.help")),
                jurors,
                new H2(getTranslation("ranking.loo")),
                new Paragraph(getTranslation("ranking.loo.help")),
                leaveOneOut,
                new H2(getTranslation("ranking.charts")),
                charts);
        refresh();
    }

    private RankingSettings settings() {
        return new RankingSettings(method.getValue(), value(minMarks), value(trimFrom), value(normaliseFrom), 0);
    }

    private void refresh() {
        RankingSettings settings = settings();
        trimFrom.setVisible(settings.method() == AggregationMethod.TRIMMED_MEAN);
        normaliseFrom.setVisible(settings.method() == AggregationMethod.Z_SCORE);
        RankingSettings kept = rankings.settings(auditionId);
        chosen.setText(getTranslation(
                "ranking.chosen",
                getTranslation("ranking.method." + kept.method().name()),
                Long.toHexString(kept.seed())));
        DeliberationReport current = rankings.report(auditionId, settings);
        report = current;
        Map<UUID, Integer> comparedRanks = new HashMap<>();
        if (compare.getValue() != null) {
            Ranking other = rankings.rank(auditionId, settings.with(compare.getValue()));
            other.applications().forEach(a -> comparedRanks.put(a.applicationId(), a.overallRank()));
        }
        List<Row> all = new ArrayList<>();
        for (int i = 0; i < current.ranking().applications().size(); i++) {
            RankedApplication ranked = current.ranking().applications().get(i);
            all.add(new Row(ranked, current.applications().get(i), comparedRanks.get(ranked.applicationId())));
        }
        rows = all;
        // The comparison's columns only when there is a comparison.
        comparedColumn.setVisible(compare.getValue() != null);
        movedColumn.setVisible(compare.getValue() != null);
        empty.setText(getTranslation("ranking.empty"));
        empty.setVisible(current.empty());
        for (var part : List.of(sections, grid, reliability, reading, criteria, jurors, leaveOneOut, charts)) {
            part.setVisible(!current.empty());
        }
        tabs(current);
        showSection();
        showReliability(current.reliability());
        jurors.setItems(current.jurors());
        leaveOneOut.setItems(current.jurors());
        showCharts(current);
    }

    private static Grid.Column<Row> fixed(Grid.Column<Row> column, String header, String width) {
        return column.setHeader(header).setWidth(width).setFlexGrow(0);
    }

    private void tabs(DeliberationReport current) {
        Tab selected = sections.getSelectedTab();
        VoicePart wanted = selected == null ? null : tabSections.get(selected);
        sections.removeAll();
        tabSections.clear();
        Tab all = new Tab(getTranslation("ranking.section.all"));
        sections.add(all);
        tabSections.put(all, null);
        current.ranking().applications().stream()
                .map(RankedApplication::section)
                .distinct()
                .sorted()
                .forEach(section -> {
                    Tab tab = new Tab(getTranslation("ranking.section." + section.name()));
                    sections.add(tab);
                    tabSections.put(tab, section);
                    if (section == wanted) {
                        sections.setSelectedTab(tab);
                    }
                });
    }

    private void showSection() {
        VoicePart section = sections.getSelectedTab() == null ? null : tabSections.get(sections.getSelectedTab());
        grid.setItems(
                section == null
                        ? rows
                        : rows.stream()
                                .filter(r -> r.ranked().section() == section)
                                .toList());
    }

    private void showReliability(PanelReliability figures) {
        reliability.setText(getTranslation(
                "ranking.reliability.figures",
                number(figures.alpha(), 3),
                number(figures.kendallW(), 3),
                figures.kendallApplications(),
                figures.kendallJurors(),
                figures.pairable()));
        reading.setText(getTranslation("ranking.reading." + figures.reading().name()));
        criteria.removeAll();
        figures.criteria()
                .forEach(c -> criteria.add(new ListItem(
                        getTranslation("ranking.reliability.criterion", c.label(getLocale()), number(c.alpha(), 3)))));
    }

    private void showCharts(DeliberationReport current) {
        charts.removeAll();
        double min = current.scaleMin().doubleValue();
        double max = current.scaleMax().doubleValue();
        String distribution = current.jurors().stream()
                .map(j -> getTranslation("ranking.chart.juror", j.label(), number(j.mean(), 2), number(j.sd(), 2)))
                .collect(Collectors.joining("; "));
        // The charts say what they show in words too: their SVG titles are for screen readers only.
        charts.add(
                new H3(getTranslation("ranking.chart.distributions")),
                new Svg(Charts.distributions(
                        current.jurors(), min, max, getTranslation("ranking.chart.distributions"), distribution)),
                new H3(getTranslation("ranking.chart.spread")),
                new Paragraph(getTranslation("ranking.chart.spread.legend")),
                new Svg(Charts.spread(
                        current.ranking().applications().stream()
                                .filter(RankedApplication::ranked)
                                .toList(),
                        current.applications(),
                        min,
                        max,
                        current.settings().method() != AggregationMethod.BORDA,
                        getTranslation("ranking.chart.spread"),
                        getTranslation(
                                "ranking.chart.spread.description",
                                current.applications().stream()
                                        .filter(ApplicationFigures::disputed)
                                        .map(ApplicationFigures::code)
                                        .collect(Collectors.joining(", "))))));
    }

    private String rank(Row row, boolean inSection) {
        if (!row.ranked().ranked()) {
            return "";
        }
        return String.valueOf(
                inSection ? row.ranked().sectionRank() : row.ranked().overallRank());
    }

    private String flags(Row row) {
        List<String> flags = new ArrayList<>();
        if (row.ranked().tooFewMarks()) {
            flags.add(getTranslation("ranking.flag.too-few"));
        }
        if (row.figures().disputed()) {
            flags.add(getTranslation("ranking.flag.disputed"));
        }
        if (row.figures().tieBrokenBy() != TieBreak.NONE) {
            flags.add(getTranslation(
                    "ranking.flag.tie",
                    getTranslation("ranking.tie." + row.figures().tieBrokenBy().name())));
        }
        if (row.figures().plainMean()) {
            flags.add(getTranslation("ranking.flag.plain-mean"));
        }
        return String.join(" · ", flags);
    }

    private String moved(Row row) {
        Integer moved = row.moved();
        if (moved == null || moved == 0) {
            return "";
        }
        return getTranslation(moved > 0 ? "ranking.moved.down" : "ranking.moved.up", Math.abs(moved));
    }

    private String jurorLabel(JurorStanding juror) {
        return juror.chair() ? getTranslation("ranking.juror.chair", juror.label()) : juror.label();
    }

    private String normalisation(JurorStanding juror) {
        if (report == null || report.settings().method() != AggregationMethod.Z_SCORE) {
            return "";
        }
        return getTranslation(juror.normalised() ? "ranking.juror.normalised.yes" : "ranking.juror.normalised.no");
    }

    private String topChanges(JurorStanding juror) {
        return juror.topChanges().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    private String number(@Nullable Double value, int decimals) {
        return value == null ? "—" : String.format(getLocale(), "%." + decimals + "f", value);
    }

    private String signed(@Nullable Double value) {
        return value == null ? "—" : String.format(getLocale(), "%+.2f", value);
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
