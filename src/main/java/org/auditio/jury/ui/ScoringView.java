package org.auditio.jury.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.auditio.common.UserError;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;
import org.auditio.jury.AssignmentState;
import org.auditio.jury.ConflictKind;
import org.auditio.jury.JuryWork;
import org.auditio.jury.MyPanel;
import org.auditio.jury.OtherJurorMarks;
import org.auditio.jury.QueueEntry;
import org.auditio.jury.ScoreSheet;
import org.auditio.media.Recordings;
import org.jspecify.annotations.Nullable;

/**
 * The juror's scoring screen: their queue in their own order with progress, one candidate at a
 * time by anonymous code (voice part, recordings in slot order, rubric, comment, timestamped
 * notes), Save & Next, Skip, Abstain, and keyboard shortcuts listed on screen. Marks save as the
 * juror types; nothing identifying a candidate is ever at hand here.
 */
@Route("jury/:auditionId/:code?")
@RolesAllowed("JUROR")
class ScoringView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    static final String AUDITION = "auditionId";
    static final String CODE = "code";
    static final int SEEK_SECONDS = 5;

    /**
     * Alt+digit focuses criterion n in the browser itself: a server round trip let the first
     * characters of a fast typist land in the previous field (7,5 then 7,5 became 7,57 and 0,5).
     */
    private static final String MARK_KEYS = """
            if (!window.auditioMarkKeys) {
              window.auditioMarkKeys = true;
              document.addEventListener('keydown', e => {
                const digit = /^Digit([1-9])$/.exec(e.code);
                const field = digit && e.altKey && !e.ctrlKey && !e.metaKey
                    && document.getElementById('criterion-' + digit[1]);
                if (field) {
                  e.preventDefault();
                  e.stopPropagation();
                  field.focus();
                }
              }, true);
            }""";

    private final JuryWork work;
    private final Recordings recordings;
    final Grid<QueueEntry> queueGrid = new Grid<>();
    final ComboBox<QueueEntry> jump = new ComboBox<>();
    final Select<VoicePart> section = new Select<>();
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Div sheetArea = new Div();
    final TextArea comment = new TextArea();
    final TextField changeReason = new TextField();
    final TextField abstainReason = new TextField();
    final Select<ConflictKind> conflictKind = new Select<>();
    final Button saveAndNext = new Button();
    final Button skip = new Button();
    final Button abstain = new Button();
    final Button previous = new Button();
    final Button next = new Button();
    final Button declareConflict = new Button();

    @Nullable
    RubricForm rubric;

    @Nullable
    NotesPanel notes;

    private final Map<Integer, RecordingPlayer> players = new LinkedHashMap<>();
    /** The slot the keyboard plays: the one last started, else the first with a recording. */
    private int playing;

    private UUID auditionId = new UUID(0, 0);
    private List<QueueEntry> queue = List.of();

    @Nullable
    ScoreSheet sheet;

    private String title = "";

    /** The comment as stored when the screen last saw it. */
    private String commentSeen = "";

    ScoringView(JuryWork work, Recordings recordings) {
        this.work = work;
        this.recordings = recordings;
        wide();
        addClassName("scoring");
        progressText.addClassName("progress-text");
        queueGrid.addColumn(QueueEntry::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        queueGrid.addColumn(QueueEntry::code).setHeader(getTranslation("jury.queue.code"));
        queueGrid
                .addColumn(e -> JuryLabels.voicePart(e.voicePart()))
                .setHeader(getTranslation("jury.queue.voice-part"));
        queueGrid.addColumn(e -> JuryLabels.state(e.state())).setHeader(getTranslation("jury.queue.state"));
        queueGrid.addItemClickListener(
                e -> Notices.attempt(() -> show(e.getItem().code())));
        section.setLabel(getTranslation("jury.queue.section"));
        section.setEmptySelectionAllowed(true);
        section.setEmptySelectionCaption(getTranslation("jury.queue.all-sections"));
        section.setItemLabelGenerator(
                p -> p == null ? getTranslation("jury.queue.all-sections") : JuryLabels.voicePart(p));
        section.addValueChangeListener(e -> queueGrid.setItems(visible()));
        queueGrid.setAllRowsVisible(false);
        queueGrid.setHeight("20em");
        jump.setLabel(getTranslation("jury.jump"));
        jump.setItemLabelGenerator(e -> e.rank() + ". " + e.code() + " · " + JuryLabels.voicePart(e.voicePart()));
        jump.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                String code = e.getValue().code();
                Notices.attempt(() -> show(code));
                jump.clear();
            }
        });
        comment.setLabel(getTranslation("jury.comment"));
        comment.setMaxLength(4000);
        comment.setValueChangeMode(ValueChangeMode.LAZY);
        comment.addValueChangeListener(e -> {
            if (e.isFromClient() && sheet != null) {
                saveComment(sheet.code(), e.getValue());
            }
        });
        changeReason.setLabel(getTranslation("jury.change-reason"));
        abstainReason.setLabel(getTranslation("jury.abstain.reason"));
        conflictKind.setLabel(getTranslation("jury.conflict.kind"));
        conflictKind.setItems(ConflictKind.values());
        conflictKind.setItemLabelGenerator(k -> getTranslation("jury.conflict." + k.name()));
        saveAndNext.setText(getTranslation("jury.save-next"));
        saveAndNext.addThemeVariants(ButtonVariant.PRIMARY);
        saveAndNext.addClickListener(e -> saveAndNext());
        skip.setText(getTranslation("jury.skip"));
        skip.addClickListener(e -> skip());
        abstain.setText(getTranslation("jury.abstain"));
        abstain.addClickListener(e -> abstain());
        previous.setText(getTranslation("jury.previous"));
        previous.addClickListener(e -> move(-1));
        next.setText(getTranslation("jury.next"));
        next.addClickListener(e -> move(1));
        declareConflict.setText(getTranslation("jury.conflict.declare"));
        declareConflict.addClickListener(e -> declareConflict());
        shortcuts();
    }

    private void shortcuts() {
        // Leaving the candidate first commits the field being typed in, so its mark is saved.
        Shortcuts.addShortcutListener(this, () -> move(1), Key.KEY_N, KeyModifier.ALT)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.KEY_P, KeyModifier.ALT)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, this::saveAndNext, Key.KEY_S, KeyModifier.ALT)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, this::skip, Key.KEY_K, KeyModifier.ALT)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, () -> jump.focus(), Key.KEY_G, KeyModifier.ALT);
        Shortcuts.addShortcutListener(
                this, () -> player().ifPresent(RecordingPlayer::togglePlay), Key.KEY_A, KeyModifier.ALT);
        Shortcuts.addShortcutListener(
                this, () -> player().ifPresent(p -> p.seekBy(-SEEK_SECONDS)), Key.KEY_J, KeyModifier.ALT);
        Shortcuts.addShortcutListener(
                this, () -> player().ifPresent(p -> p.seekBy(SEEK_SECONDS)), Key.KEY_L, KeyModifier.ALT);
        Shortcuts.addShortcutListener(
                this,
                () -> {
                    if (notes != null) {
                        notes.startNote();
                    }
                },
                Key.KEY_T,
                KeyModifier.ALT);
        addAttachListener(attach -> attach.getUI().getPage().executeJs(MARK_KEYS));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<MyPanel> panel = RouteIds.find(event, AUDITION, work::myPanel);
        if (panel.isEmpty()) {
            return;
        }
        auditionId = panel.get().auditionId();
        title = getTranslation("jury.scoring.title", panel.get().title(getLocale()));
        queue = work.queue(auditionId);
        layout(panel.get());
        Optional<String> asked = event.getRouteParameters().get(CODE);
        String code = asked.filter(c -> queue.stream().anyMatch(e -> e.code().equals(c)))
                .orElseGet(this::firstToScore);
        if (asked.isPresent() && !asked.get().equals(code)) {
            // Never another candidate silently under the address asked for (say, one the juror is conflicted with).
            Notices.error(getTranslation("jury.candidate.not-found"));
        }
        if (!code.isEmpty() && !asked.equals(Optional.of(code))) {
            // The address always names the candidate on screen.
            event.forwardTo(
                    ScoringView.class, new RouteParameters(Map.of(AUDITION, auditionId.toString(), CODE, code)));
            return;
        }
        if (code.isEmpty()) {
            sheetArea.removeAll();
            sheetArea.add(new Paragraph(getTranslation("jury.queue.empty")));
        } else {
            Notices.attempt(() -> show(code));
        }
    }

    private void layout(MyPanel panel) {
        removeAll();
        add(new H1(title));
        if (!panel.scoringOpen()) {
            add(new Paragraph(getTranslation("jury.scoring.closed")));
        }
        add(new Paragraph(Links.to("jury-marks/" + auditionId, getTranslation("jury.my-marks.link"))));
        add(new HorizontalLayout(progressBar, progressText), jump);
        add(new Div(new H2(getTranslation("jury.queue.title")), section, queueGrid), sheetArea, keyboardHelp());
        refreshQueue();
    }

    private Div keyboardHelp() {
        UnorderedList list = new UnorderedList();
        for (String key : List.of(
                "next", "previous", "save-next", "skip", "jump", "criterion", "play", "back", "forward", "note")) {
            list.add(new ListItem(getTranslation("jury.keys." + key)));
        }
        Div help = new Div(new H3(getTranslation("jury.keys.title")), list);
        help.addClassName("keyboard-help");
        return help;
    }

    private String firstToScore() {
        return queue.stream()
                .filter(e -> !e.state().done())
                .findFirst()
                .or(() -> queue.stream().findFirst())
                .map(QueueEntry::code)
                .orElse("");
    }

    private void refreshQueue() {
        queue = work.queue(auditionId);
        VoicePart chosen = section.getValue();
        section.setItems(queue.stream()
                .map(e -> e.voicePart().section())
                .distinct()
                .sorted()
                .toList());
        section.setValue(chosen);
        queueGrid.setItems(visible());
        jump.setItems(queue);
        long done = queue.stream().filter(e -> e.state().done()).count();
        progressBar.setValue(queue.isEmpty() ? 0 : (double) done / queue.size());
        progressText.setText(getTranslation("jury.progress", done, queue.size()));
    }

    void show(String code) {
        ScoreSheet opened = work.open(auditionId, code);
        boolean moving = sheet != null;
        sheet = opened;
        sheetArea.removeAll();
        players.clear();
        H2 heading = new H2(getTranslation(
                "jury.candidate.heading",
                opened.code(),
                JuryLabels.voicePart(opened.voicePart()),
                JuryLabels.state(opened.state())));
        heading.addClassName("candidate-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        sheetArea.add(heading);
        if (moving) {
            // From one candidate to the next, the keyboard and the eye start at the new one's code
            // (the focus was on a control that is gone, and the code was scrolled out of sight).
            heading.getElement().callJsFunction("focus");
        }
        Map<Integer, String> slotNames = new LinkedHashMap<>();
        for (ScoreSheet.SlotToHear slot : opened.slots()) {
            UUID recordingId = slot.recordingId();
            RecordingPlayer player = new RecordingPlayer(
                    slot.position(),
                    slot.name(getLocale()),
                    recordingId == null ? Optional.empty() : recordings.find(recordingId));
            players.put(slot.position(), player);
            player.onPlay(() -> {
                playing = player.slotPosition();
                if (notes != null) {
                    notes.listenTo(playing);
                }
            });
            slotNames.put(slot.position(), slot.name(getLocale()));
            sheetArea.add(player);
        }
        playing = players.values().stream()
                .filter(RecordingPlayer::playable)
                .findFirst()
                .map(RecordingPlayer::slotPosition)
                .orElse(0);
        rubric = new RubricForm(opened.rubric(), getLocale(), this::saveMark, this::explain);
        sheetArea.add(new H3(getTranslation("jury.rubric.title")), rubric);
        if (opened.state() == AssignmentState.SUBMITTED) {
            changeReason.clear();
            sheetArea.add(new Paragraph(getTranslation("jury.submitted.hint")), changeReason);
        }
        if (opened.state().done() && work.othersMarksShown(auditionId, opened.code())) {
            sheetArea.add(othersMarks(opened));
        }
        comment.setValue(opened.comment());
        comment.setInvalid(false);
        commentSeen = opened.comment();
        notes = new NotesPanel(
                opened.notes(),
                players,
                slotNames,
                (slot, at, text) -> work.note(auditionId, opened.code(), slot, at, text));
        abstainReason.clear();
        conflictKind.clear();
        sheetArea.add(
                comment,
                notes,
                row(previous, saveAndNext, skip, next),
                row(abstainReason, abstain),
                row(conflictKind, declareConflict));
        queueGrid.select(
                queue.stream().filter(e -> e.code().equals(code)).findFirst().orElse(null));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "jury/" + auditionId + "/" + code));
    }

    /** A row of controls that wraps on a phone rather than running off the screen. */
    static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** Shown only once the juror's own marks are in: the service refuses them before. */
    private Div othersMarks(ScoreSheet opened) {
        Div others = new Div(new H3(getTranslation("jury.others.title")));
        others.addClassName("others-marks");
        List<OtherJurorMarks> marks = work.othersMarks(auditionId, opened.code());
        if (marks.isEmpty()) {
            others.add(new Paragraph(getTranslation("jury.others.none")));
        }
        for (OtherJurorMarks juror : marks) {
            StringBuilder line = new StringBuilder(getTranslation("jury.others.juror", juror.jurorNumber()));
            for (ScoreSheet.CriterionMark criterion : opened.rubric()) {
                line.append(" · ")
                        .append(criterion.criterion().label(getLocale()))
                        .append(" ")
                        .append(JuryLabels.number(
                                juror.marks().get(criterion.criterion().id()), getLocale()));
            }
            others.add(new Paragraph(line.toString()));
        }
        return others;
    }

    /** Saves the comment over the one on screen; one changed in another tab is shown, not overwritten. */
    private void saveComment(String code, String text) {
        try {
            work.comment(auditionId, code, commentSeen, text);
            commentSeen = text.strip();
            comment.setInvalid(false);
        } catch (UserError refused) {
            if ("jury.comment.stale".equals(refused.messageKey())) {
                // The juror has now seen the stored comment: their next edit replaces it knowingly.
                commentSeen = work.open(auditionId, code).comment();
            }
            comment.setInvalid(true);
            comment.setErrorMessage(explain(refused));
        }
    }

    private ScoreSheet.CriterionMark saveMark(UUID criterionId, @Nullable BigDecimal value, @Nullable Long version) {
        ScoreSheet current = requireSheet();
        try {
            return work.mark(auditionId, current.code(), criterionId, value, version, changeReason.getValue());
        } catch (UserError refused) {
            if ("jury.mark.stale".equals(refused.messageKey()) && rubric != null) {
                rubric.knowVersions(work.open(auditionId, current.code()).rubric());
            }
            throw refused;
        }
    }

    void saveAndNext() {
        Notices.attempt(() -> {
            keepNothingRefused();
            ScoreSheet current = requireSheet();
            if (!current.state().done()) {
                work.submit(auditionId, current.code());
                Notices.success(getTranslation("jury.submitted", current.code()));
            }
            refreshQueue();
            move(1);
        });
    }

    /** The skipped candidate goes to the end of the queue: the next one takes its place on screen. */
    void skip() {
        Notices.attempt(() -> {
            keepNothingRefused();
            String code = requireSheet().code();
            int index = indexIn(visible(), code);
            work.skip(auditionId, code);
            refreshQueue();
            List<QueueEntry> shown = visible();
            // A candidate already done keeps its place: then the next one is simply the following.
            int next = indexIn(shown, code) == index ? index + 1 : index;
            if (next < shown.size()) {
                show(shown.get(next).code());
            } else {
                Notices.success(getTranslation("jury.queue.end"));
            }
        });
    }

    void abstain() {
        Notices.attempt(() -> {
            work.abstain(auditionId, requireSheet().code(), abstainReason.getValue());
            refreshQueue();
            move(1);
        });
    }

    void declareConflict() {
        Notices.attempt(() -> {
            // The tie must be chosen: one stray Enter on the button never takes a candidate off the list.
            ConflictKind kind = Optional.ofNullable(conflictKind.getValue())
                    .orElseThrow(() -> new UserError("jury.conflict.kind-required"));
            String code = requireSheet().code();
            int index = indexOf(code);
            work.declareConflict(auditionId, code, kind);
            Notices.success(getTranslation("jury.conflict.declared"));
            refreshQueue();
            if (queue.isEmpty()) {
                sheet = null;
                sheetArea.removeAll();
                sheetArea.add(new Paragraph(getTranslation("jury.queue.empty")));
            } else {
                show(queue.get(Math.min(index, queue.size() - 1)).code());
            }
        });
    }

    private Optional<RecordingPlayer> player() {
        return Optional.ofNullable(players.get(playing));
    }

    /** The queue, or one section of it, always in the juror's own order. */
    List<QueueEntry> visible() {
        VoicePart only = section.getValue();
        return only == null
                ? queue
                : queue.stream().filter(e -> e.voicePart().section() == only).toList();
    }

    void move(int step) {
        List<QueueEntry> shown = visible();
        if (sheet == null || shown.isEmpty()) {
            return;
        }
        int index = indexIn(shown, sheet.code()) + step;
        if (index >= 0 && index < shown.size()) {
            String code = shown.get(index).code();
            Notices.attempt(() -> {
                keepNothingRefused();
                show(code);
            });
        } else if (step > 0) {
            Notices.success(getTranslation("jury.queue.end"));
        }
    }

    private int indexOf(String code) {
        return indexIn(queue, code);
    }

    private static int indexIn(List<QueueEntry> entries, String code) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private ScoreSheet requireSheet() {
        if (sheet == null) {
            throw new UserError("jury.candidate.not-found");
        }
        return sheet;
    }

    /** A refused change (say, to a submitted mark without its reason) stays on screen until dealt with. */
    private void keepNothingRefused() {
        if (rubric != null && rubric.holdsRefusedMark()) {
            throw new UserError("jury.mark.refused-pending");
        }
    }

    private String explain(UserError refused) {
        String text = Notices.text(refused);
        Notices.error(text);
        return text;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
