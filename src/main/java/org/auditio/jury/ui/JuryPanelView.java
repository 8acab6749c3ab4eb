package org.auditio.jury.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.AccountSummary;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.CriterionSpec;
import org.auditio.candidates.AuditionApplications;
import org.auditio.common.UserError;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;
import org.auditio.common.ui.TimeTexts;
import org.auditio.jury.JurorProgress;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryProgress;
import org.auditio.jury.OthersMarks;
import org.auditio.jury.PanelMarkChange;
import org.auditio.jury.PanelView;
import org.auditio.jury.SectionProgress;
import org.auditio.jury.Sharing;
import org.jspecify.annotations.Nullable;

/**
 * The organisers' jury page for one audition: compose the panel (jurors, chair, sharing), invite
 * a new juror by e-mail, start and close scoring, and follow progress and each juror's severity.
 */
@Route("organise/:auditionId/jury")
@RolesAllowed({"ORGANISER", "ADMIN"})
class JuryPanelView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditionService auditions;
    private final JuryPanels panels;
    private final AccountAdministration administration;
    private final AuditionApplications dashboard;

    @org.jspecify.annotations.Nullable
    ConflictForm conflicts;

    final MultiSelectComboBox<AccountSummary> jurors = new MultiSelectComboBox<>();
    final Select<AccountSummary> chair = new Select<>();
    final RadioButtonGroup<Sharing> sharing = new RadioButtonGroup<>();
    final IntegerField perApplication = new IntegerField();
    final RadioButtonGroup<OthersMarks> othersMarks = new RadioButtonGroup<>();
    final Button save = new Button();
    final EmailField inviteEmail = new EmailField();
    final TextField inviteName = new TextField();
    final Button invite = new Button();
    final Button start = new Button();
    final Button close = new Button();
    final Button remind = new Button();
    final Grid<JurorProgress> jurorGrid = new Grid<>();
    final Grid<SectionProgress> sectionGrid = new Grid<>();
    final Grid<PanelMarkChange> changeGrid = new Grid<>();
    private Map<UUID, CriterionSpec> criteria = Map.of();
    private ZoneId zone = AuditionService.DEFAULT_ZONE;
    final Paragraph state = new Paragraph();
    private UUID auditionId = new UUID(0, 0);
    private String title = "";

    JuryPanelView(
            AuditionService auditions,
            JuryPanels panels,
            AccountAdministration administration,
            AuditionApplications dashboard) {
        this.auditions = auditions;
        this.panels = panels;
        this.administration = administration;
        this.dashboard = dashboard;
        wide();
        jurors.setLabel(getTranslation("jury.panel.jurors"));
        jurors.setItemLabelGenerator(a -> a.displayName() + " <" + a.email() + ">");
        jurors.addValueChangeListener(e -> chairChoices(e.getValue(), chair.getValue()));
        chair.setLabel(getTranslation("jury.panel.chair"));
        chair.setItemLabelGenerator(AccountSummary::displayName);
        sharing.setLabel(getTranslation("jury.panel.sharing"));
        sharing.setItems(Sharing.values());
        sharing.setItemLabelGenerator(s -> getTranslation("jury.sharing." + s.name()));
        sharing.setValue(Sharing.EVERYONE);
        sharing.addValueChangeListener(e -> perApplication.setVisible(e.getValue() == Sharing.K_PER_APPLICATION));
        perApplication.setLabel(getTranslation("jury.panel.per-application"));
        perApplication.setMin(1);
        perApplication.setValue(2);
        perApplication.setStepButtonsVisible(true);
        perApplication.setVisible(false);
        othersMarks.setLabel(getTranslation("jury.others-marks"));
        othersMarks.setItems(OthersMarks.values());
        othersMarks.setItemLabelGenerator(o -> getTranslation("jury.others-marks." + o.name()));
        othersMarks.setValue(OthersMarks.AFTER_OWN_SUBMISSION);
        othersMarks.setEnabled(false);
        othersMarks.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Notices.attempt(() -> {
                    panels.showOthersMarks(auditionId, e.getValue());
                    Notices.success(getTranslation("jury.others-marks.saved"));
                });
            }
        });
        save.setText(getTranslation("jury.panel.save"));
        save.addClickListener(e -> Notices.attempt(this::saveComposition));
        inviteEmail.setLabel(getTranslation("jury.invite.email"));
        inviteName.setLabel(getTranslation("jury.invite.name"));
        invite.setText(getTranslation("jury.invite"));
        invite.addClickListener(e -> Notices.attempt(this::inviteJuror));
        start.setText(getTranslation("jury.scoring.start"));
        start.addClickListener(e -> Notices.attempt(() -> {
            panels.startScoring(auditionId);
            Notices.success(getTranslation("jury.scoring.started"));
            refresh();
        }));
        close.setText(getTranslation("jury.scoring.close"));
        close.addClickListener(e -> Notices.attempt(() -> {
            panels.closeScoring(auditionId);
            Notices.success(getTranslation("jury.scoring.closed-now"));
            refresh();
        }));
        remind.setText(getTranslation("jury.remind"));
        remind.addClickListener(e -> Notices.attempt(() -> {
            int reminded = panels.remindJurorsBehind(auditionId);
            Notices.success(getTranslation("jury.reminded", reminded));
        }));
        jurorGrid.addColumn(JurorProgress::displayName).setHeader(getTranslation("jury.progress.juror"));
        jurorGrid
                .addColumn(p -> p.chair() ? getTranslation("jury.panel.chair") : "")
                .setHeader(getTranslation("jury.panel.chair"));
        jurorGrid
                .addColumn(p -> getTranslation("jury.progress", p.done(), p.assigned()))
                .setHeader(getTranslation("jury.progress.done"));
        jurorGrid.addColumn(JurorProgress::skipped).setHeader(getTranslation("jury.progress.skipped"));
        jurorGrid.addColumn(JurorProgress::conflicts).setHeader(getTranslation("jury.progress.conflicts"));
        jurorGrid
                .addColumn(p -> JuryLabels.number(p.mean(), getLocale()))
                .setHeader(getTranslation("jury.progress.mean"));
        jurorGrid
                .addColumn(p -> JuryLabels.number(p.spread(), getLocale()))
                .setHeader(getTranslation("jury.progress.spread"));
        jurorGrid.setAllRowsVisible(true);
        sectionGrid.addColumn(s -> s.section().name()).setHeader(getTranslation("jury.progress.section"));
        sectionGrid
                .addColumn(s -> getTranslation("jury.progress", s.done(), s.assigned()))
                .setHeader(getTranslation("jury.progress.done"));
        sectionGrid.setAllRowsVisible(true);
        changeGrid
                .addColumn(c -> TimeTexts.dateTime(c.change().changedAt(), zone, getLocale()))
                .setHeader(getTranslation("jury.changes.when"))
                .setAutoWidth(true);
        changeGrid.addColumn(PanelMarkChange::jurorName).setHeader(getTranslation("jury.progress.juror"));
        changeGrid.addColumn(PanelMarkChange::code).setHeader(getTranslation("jury.queue.code"));
        changeGrid
                .addColumn(c -> Optional.ofNullable(criteria.get(c.change().criterionId()))
                        .map(criterion -> criterion.label(getLocale()))
                        .orElse("?"))
                .setHeader(getTranslation("jury.changes.criterion"));
        changeGrid
                .addColumn(c -> JuryLabels.number(c.change().oldValue(), getLocale()))
                .setHeader(getTranslation("jury.changes.old"));
        changeGrid
                .addColumn(c -> JuryLabels.number(c.change().newValue(), getLocale()))
                .setHeader(getTranslation("jury.changes.new"));
        changeGrid
                .addColumn(c -> c.change().reason())
                .setHeader(getTranslation("jury.changes.reason"))
                .setFlexGrow(3);
        changeGrid.setAllRowsVisible(true);
        changeGrid.setEmptyStateText(getTranslation("jury.changes.none"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AuditionDetails> audition = RouteIds.find(event, "auditionId", auditions::find);
        if (audition.isEmpty()) {
            return;
        }
        auditionId = audition.get().id();
        criteria = audition.get().criteria().stream()
                .filter(c -> c.id() != null)
                .collect(Collectors.toMap(CriterionSpec::id, c -> c));
        if (audition.get().window() != null) {
            zone = audition.get().window().zone();
        }
        title = getTranslation("jury.panel.title", audition.get().title(getLocale()));
        removeAll();
        conflicts = new ConflictForm(auditionId, dashboard, panels, () -> {
            Notices.success(getTranslation("jury.conflict.recorded"));
            refresh();
        });
        add(
                new H1(title),
                new Paragraph(
                        Links.to("organise/" + auditionId, getTranslation("dashboard.back")),
                        new Text(" · "),
                        Links.to("auditions/" + auditionId + "/ranking", getTranslation("ranking.link"))),
                state,
                new H2(getTranslation("jury.panel.compose")),
                jurors,
                row(chair, sharing, perApplication),
                save,
                new H2(getTranslation("jury.invite.title")),
                row(inviteEmail, inviteName, invite),
                new H2(getTranslation("jury.scoring.heading")),
                row(start, close, remind),
                othersMarks,
                new H2(getTranslation("jury.conflict.title")),
                conflicts,
                new H2(getTranslation("jury.progress.title")),
                jurorGrid,
                sectionGrid,
                new H2(getTranslation("jury.changes.title")),
                changeGrid);
        refresh();
    }

    private void refresh() {
        List<AccountSummary> all = panels.jurorAccounts();
        jurors.setItems(all);
        Optional<PanelView> panel = panels.panel(auditionId);
        panel.ifPresentOrElse(
                p -> {
                    Set<UUID> members = new HashSet<>(p.jurorIds());
                    if (conflicts != null) {
                        conflicts.jurors(all.stream()
                                .filter(a -> members.contains(a.id()))
                                .toList());
                    }
                    jurors.setValue(
                            all.stream().filter(a -> members.contains(a.id())).collect(Collectors.toSet()));
                    chair.setValue(all.stream()
                            .filter(a -> a.id().equals(p.chairId()))
                            .findFirst()
                            .orElse(null));
                    sharing.setValue(p.sharing());
                    perApplication.setValue(p.jurorsPerApplication());
                    othersMarks.setValue(p.othersMarks());
                    othersMarks.setEnabled(true);
                    scoringButtons(p);
                    state.setText(getTranslation(
                            p.scoringStartedAt() == null
                                    ? "jury.panel.state.composing"
                                    : p.scoringOpen() ? "jury.panel.state.scoring" : "jury.panel.state.closed"));
                },
                () -> {
                    state.setText(getTranslation("jury.panel.state.none"));
                    scoringButtons(null);
                });
        JuryProgress progress = panels.progress(auditionId);
        jurorGrid.setItems(progress.jurors());
        sectionGrid.setItems(progress.sections());
        changeGrid.setItems(panels.markChanges(auditionId));
    }

    /**
     * The button for the next step is the primary one, and what does not apply now is disabled:
     * before scoring, start it; while it runs, close it or remind those behind; once closed, it
     * may only be reopened (the same action as starting, under its own name).
     */
    private void scoringButtons(@Nullable PanelView panel) {
        boolean composed = panel != null;
        boolean started = composed && panel.scoringStartedAt() != null;
        boolean open = composed && panel.scoringOpen();
        start.setText(getTranslation(started ? "jury.scoring.reopen" : "jury.scoring.start"));
        start.setEnabled(composed && !open);
        close.setEnabled(open);
        remind.setEnabled(open);
        primary(start, composed && !started);
        primary(close, open);
    }

    private static void primary(Button button, boolean primary) {
        if (primary) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.PRIMARY);
        }
    }

    /** Fields or buttons side by side while they fit, one under the other on a phone. */
    private static HorizontalLayout row(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        return row;
    }

    private void chairChoices(Set<AccountSummary> members, AccountSummary current) {
        List<AccountSummary> choices = List.copyOf(members);
        chair.setItems(choices);
        if (current != null && members.contains(current)) {
            chair.setValue(current);
        } else if (choices.size() == 1) {
            chair.setValue(choices.getFirst());
        }
    }

    private void saveComposition() {
        List<UUID> ids = jurors.getValue().stream().map(AccountSummary::id).toList();
        if (chair.getValue() == null) {
            throw new UserError("jury.panel.chair-not-member");
        }
        Integer k = perApplication.getValue();
        panels.compose(auditionId, ids, chair.getValue().id(), sharing.getValue(), k == null ? 0 : k);
        Notices.success(getTranslation("jury.panel.saved"));
        refresh();
    }

    private void inviteJuror() {
        AccountSummary invited = administration.inviteJuror(inviteEmail.getValue(), inviteName.getValue(), getLocale());
        Set<AccountSummary> chosen = new HashSet<>(jurors.getValue());
        jurors.setItems(panels.jurorAccounts());
        panels.jurorAccounts().stream()
                .filter(a -> a.id().equals(invited.id()))
                .findFirst()
                .ifPresent(chosen::add);
        jurors.setValue(chosen);
        inviteEmail.clear();
        inviteName.clear();
        Notices.success(getTranslation("jury.invite.sent", invited.email()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
