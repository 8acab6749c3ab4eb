package org.auditio.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.VoicePart;
import org.auditio.common.ui.Countries;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;
import org.auditio.common.ui.ScoreText;
import org.auditio.ranking.Deliberators;
import org.auditio.selection.Deliberation;
import org.auditio.selection.PartCount;
import org.auditio.selection.SelectionBoard;
import org.auditio.selection.SelectionExports;
import org.auditio.selection.SelectionRow;

/**
 * The deliberation board: each section in ranking order with the proposed decision and why, the
 * country cap and the assistant, the chair's overrides with their reasons, counts against places,
 * the exports, and publication behind a confirmation.
 */
@Route("organise/:auditionId/selection")
@RolesAllowed({"ORGANISER", "ADMIN", "JUROR"})
class SelectionView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "auditionId";
    static final List<VoicePart> SECTIONS = List.of(VoicePart.S, VoicePart.A, VoicePart.T, VoicePart.B);

    private final Deliberators deliberators;
    private final Deliberation deliberation;
    private final SelectionExports exports;
    final IntegerField cap = new IntegerField();
    final Button run = new Button();
    final Button publish = new Button();
    final Map<VoicePart, Grid<SelectionRow>> grids = new EnumMap<>(VoicePart.class);
    private final Div board = new Div();
    private AuditionDetails audition;
    private String title = "";

    SelectionView(Deliberators deliberators, Deliberation deliberation, SelectionExports exports) {
        this.deliberators = deliberators;
        this.deliberation = deliberation;
        this.exports = exports;
        wide();
        cap.setLabel(getTranslation("selection.cap"));
        cap.setHelperText(getTranslation("selection.cap.help"));
        cap.setMin(1);
        cap.setStepButtonsVisible(true);
        cap.setClearButtonVisible(true);
        run.setText(getTranslation("selection.run"));
        run.addClickListener(click -> act(() -> deliberation.propose(audition.id(), cap.getValue())));
        publish.setText(getTranslation("selection.publish"));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(click -> confirmPublication());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.find(event, ID, deliberators::find).ifPresent(found -> {
            audition = found;
            title = getTranslation("selection.title", found.title(getLocale()));
            show(deliberation.board(found.id()));
        });
    }

    void show(SelectionBoard selection) {
        removeAll();
        grids.clear();
        add(new H1(title));
        Paragraph about = new Paragraph(getTranslation(
                "selection.about",
                getTranslation("selection.method." + selection.method().name())));
        about.addClassName("muted");
        // The jury chair deliberates too; the organisation publishes and exports (jurors' names).
        boolean organises = deliberators.mayChoose();
        add(
                about,
                organises
                        ? Links.to("organise/" + audition.id(), getTranslation("selection.back"))
                        : Links.to("auditions/" + audition.id() + "/ranking", getTranslation("ranking.link")));
        if (selection.rows().isEmpty()) {
            add(new Paragraph(getTranslation("selection.empty")));
            return;
        }
        cap.setValue(selection.countryCap());
        cap.setReadOnly(!selection.editable());
        run.setEnabled(selection.editable());
        publish.setEnabled(selection.editable());
        HorizontalLayout tools = new HorizontalLayout(cap, run);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(tools);
        if (!selection.editable()) {
            add(callout(getTranslation("selection.frozen")));
        } else if (organises && deliberation.scoringOpen(audition.id())) {
            // Said before the organiser tries to publish, with the way to the page that closes scoring.
            Div scoring = callout(getTranslation("selection.scoring-open"));
            scoring.add(Links.to("organise/" + audition.id() + "/jury", getTranslation("selection.scoring-open.link")));
            add(scoring);
        }
        if (selection.editable() && !selection.decided()) {
            add(callout(getTranslation("selection.not-run")));
        } else if (selection.editable() && selection.undecided()) {
            add(callout(getTranslation("selection.undecided")));
        }
        add(counts(selection.parts()));
        board.removeAll();
        for (VoicePart section : SECTIONS) {
            List<SelectionRow> rows = selection.section(section);
            if (!rows.isEmpty()) {
                board.add(new H2(getTranslation("voice-part." + section.name())), grid(section, rows, selection));
            }
        }
        add(board);
        if (!organises) {
            add(new Paragraph(getTranslation("selection.chair.publication")));
            return;
        }
        HorizontalLayout actions = new HorizontalLayout(
                download("selection.export.ranking", "ranking", exports::ranking),
                download("selection.export.scorecards", "scorecards", exports::scorecards),
                publish);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(actions);
    }

    private Grid<SelectionRow> grid(VoicePart section, List<SelectionRow> rows, SelectionBoard selection) {
        Grid<SelectionRow> grid = new Grid<>();
        grid.addColumn(r -> r.ranked() ? String.valueOf(r.sectionRank()) : "—")
                .setHeader(getTranslation("selection.column.rank"))
                .setFlexGrow(0)
                .setWidth("5em");
        grid.addColumn(SelectionRow::name).setHeader(getTranslation("selection.column.name"));
        grid.addColumn(r -> Countries.name(r.country(), getLocale()))
                .setHeader(getTranslation("selection.column.country"));
        grid.addColumn(r -> r.score() == null ? "—" : ScoreText.of(r.score(), 2, getLocale()))
                .setHeader(getTranslation("selection.column.score"))
                .setFlexGrow(0)
                .setWidth("6em");
        grid.addColumn(r -> SelectionTexts.decision(this, r)).setHeader(getTranslation("selection.column.decision"));
        grid.addColumn(r -> SelectionTexts.reason(this, r))
                .setHeader(getTranslation("selection.column.reason"))
                .setFlexGrow(2);
        if (selection.editable() && selection.decided()) {
            grid.addComponentColumn(r -> {
                        Button change = new Button(getTranslation("selection.override"));
                        change.addThemeVariants(ButtonVariant.TERTIARY);
                        change.setAriaLabel(getTranslation("selection.override.for", r.name()));
                        change.addClickListener(click -> new OverrideDialog(r, this::override).open());
                        return change;
                    })
                    .setHeader(getTranslation("selection.column.override"))
                    .setAutoWidth(true);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("voice-part." + section.name()));
        grids.put(section, grid);
        return grid;
    }

    private Component counts(List<PartCount> parts) {
        UnorderedList list = new UnorderedList();
        for (PartCount part : parts) {
            String text = getTranslation(
                    "selection.count",
                    getTranslation("voice-part." + part.part().name()),
                    part.selected(),
                    part.places(),
                    part.reserved(),
                    part.reserve());
            ListItem item = new ListItem(text);
            if (part.selected() < part.places()) {
                item.add(" · " + getTranslation("selection.count.unfilled", part.places() - part.selected()));
            } else if (part.overPlaces()) {
                item.add(" · " + getTranslation("selection.count.over", part.selected() - part.places()));
            }
            list.add(item);
        }
        return list;
    }

    boolean override(OverrideDialog.Change change) {
        return act(() -> deliberation.override(
                audition.id(), change.applicationId(), change.outcome(), change.reservePosition(), change.reason()));
    }

    private void confirmPublication() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("selection.publish.confirm-title"));
        confirm.setText(getTranslation("selection.publish.confirm-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("selection.cancel"));
        confirm.setConfirmText(getTranslation("selection.publish"));
        confirm.addConfirmListener(yes -> publishNow());
        confirm.open();
    }

    void publishNow() {
        Notices.attempt(() -> {
            deliberation.publish(audition.id());
            Notices.success(getTranslation("selection.published-now"));
            show(deliberation.board(audition.id()));
        });
    }

    private boolean act(Supplier<SelectionBoard> change) {
        return Notices.attempt(() -> show(change.get()));
    }

    private Anchor download(String key, String name, BiFunction<UUID, Locale, byte[]> export) {
        UUID id = audition.id();
        Locale locale = getLocale();
        DownloadHandler handler = event -> {
            event.setFileName("auditio-" + name + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(export.apply(id, locale));
        };
        return new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(key));
    }

    private static Div callout(String text) {
        Div callout = new Div(new Paragraph(text));
        callout.addClassName("callout");
        return callout;
    }

    @Override
    public String getPageTitle() {
        return title + " · Auditio";
    }
}
