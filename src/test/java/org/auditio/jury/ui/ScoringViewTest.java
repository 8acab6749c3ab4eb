package org.auditio.jury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionService;
import org.auditio.jury.AssignmentState;
import org.auditio.jury.JuryFixtures;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryWork;
import org.auditio.jury.MyMarkRow;
import org.auditio.jury.QueueEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@AuditioTest
class ScoringViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditionService auditions;

    @Autowired
    JuryPanels panels;

    @Autowired
    JuryWork work;

    @Autowired
    TestClock clock;

    @Autowired
    JuryFixtures fixtures;

    JuryFixtures.Call call;
    JuryFixtures.Juror juror;

    @BeforeEach
    void scoringStarted() {
        call = fixtures.closedCall(3, 2);
        JuryViewFixtures.startScoring(panels, call);
        juror = call.jurors().getFirst();
        AsUser.become(juror.email(), Role.JUROR);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void a_juror_scores_a_candidate_saves_and_moves_on_and_sees_progress_move() {
        ScoringView view = open();
        assertThat(view.progressText.getText()).isEqualTo("0 of 3 scored");
        List<QueueEntry> queue = work.queue(call.auditionId());
        assertThat(heading()).startsWith(queue.get(0).code());

        markEverything(view, "7.5");
        test(view.comment).setValue("Bright tone, shaky sight-reading");
        test(view.saveAndNext).click();

        assertThat(view.progressText.getText()).isEqualTo("1 of 3 scored");
        assertThat(heading()).startsWith(queue.get(1).code());
        assertThat(work.open(call.auditionId(), queue.get(0).code()).state()).isEqualTo(AssignmentState.SUBMITTED);
        assertThat(work.open(call.auditionId(), queue.get(0).code()).comment())
                .isEqualTo("Bright tone, shaky sight-reading");
    }

    @Test
    void a_change_to_a_submitted_mark_refused_for_want_of_a_reason_is_not_dropped_by_moving_on() {
        ScoringView view = open();
        String first = work.queue(call.auditionId()).get(0).code();
        markEverything(view, "7");
        test(view.saveAndNext).click();
        test(view.previous).click();
        assertThat(heading()).startsWith(first);

        TextField changed = view.rubric.fields.values().iterator().next();
        test(changed).setValue("9");
        assertThat(changed.isInvalid()).as("a reason is required").isTrue();
        test(view.saveAndNext).click();
        test(view.next).click();

        assertThat(heading())
                .as("still on the candidate with the refused change")
                .startsWith(first);
        assertThat(changed.getValue()).isEqualTo("9");
    }

    @Test
    void the_keyboard_moves_between_candidates_and_the_shortcuts_are_listed() {
        ScoringView view = open();
        List<QueueEntry> queue = work.queue(call.auditionId());

        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        assertThat(heading()).startsWith(queue.get(1).code());
        fireShortcut(Key.KEY_P, KeyModifier.ALT);
        assertThat(heading()).startsWith(queue.get(0).code());
        markEverything(view, "6");
        fireShortcut(Key.KEY_S, KeyModifier.ALT);
        assertThat(view.progressText.getText()).isEqualTo("1 of 3 scored");

        test(view.jump)
                .selectItem(queue.get(2).rank() + ". " + queue.get(2).code() + " · "
                        + voicePart(queue.get(2).voicePart()));
        assertThat(heading()).startsWith(queue.get(2).code());

        assertThat($(ListItem.class).all())
                .extracting(ListItem::getText)
                .contains(
                        "Alt+N: next candidate",
                        "Alt+S: save & next",
                        "Alt+A: play or pause the recording",
                        "Alt+J: back 5 seconds",
                        "Alt+T: write a note at the playback position (Enter saves it)");
    }

    @Test
    void skip_abstain_and_a_conflict_each_leave_the_candidate_as_expected() {
        ScoringView view = open();
        List<QueueEntry> queue = work.queue(call.auditionId());

        test(view.skip).click();
        assertThat(heading()).startsWith(queue.get(1).code());
        test(view.abstainReason).setValue("Recording cut after ten seconds");
        test(view.abstain).click();
        assertThat(heading()).startsWith(queue.get(2).code());
        test(view.declareConflict).click();
        assertThat(heading())
                .as("no tie chosen, no conflict")
                .startsWith(queue.get(2).code());
        test(view.conflictKind).selectItem("a singer of the same choir");
        test(view.declareConflict).click();
        assertThat(view.conflictKind.getValue())
                .as("the next candidate starts with no tie chosen")
                .isNull();

        assertThat(work.queue(call.auditionId()))
                .extracting(QueueEntry::code, QueueEntry::state)
                .as("the skipped candidate waits at the end of the queue")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(queue.get(1).code(), AssignmentState.ABSTAINED),
                        org.assertj.core.groups.Tuple.tuple(queue.get(0).code(), AssignmentState.SKIPPED));
    }

    @Test
    void a_mark_changed_in_another_tab_is_not_overwritten_silently() {
        ScoringView view = open();
        String code = work.queue(call.auditionId()).getFirst().code();
        TextField first = view.rubric.fields.values().iterator().next();
        test(first).setValue("5");
        var criterion = view.rubric.fields.keySet().iterator().next();
        var current = work.open(call.auditionId(), code).rubric().getFirst();
        work.mark(call.auditionId(), code, criterion, new BigDecimal("9"), current.version(), null);

        test(first).setValue("4");

        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage()).contains("it is now 9", "yours was 4");
        assertThat(work.open(call.auditionId(), code).rubric().getFirst().value())
                .isEqualByComparingTo("9");
        assertThat(first.getValue())
                .as("the screen shows what is stored, what Save & Next would submit")
                .isEqualTo("9");
        test(first).setValue("4");
        assertThat(work.open(call.auditionId(), code).rubric().getFirst().value())
                .as("typed again over the stored mark, the juror's mark is saved")
                .isEqualByComparingTo("4");
        test(first).setValue("3.5");
        assertThat(work.open(call.auditionId(), code).rubric().getFirst().value())
                .isEqualByComparingTo("3.5");
    }

    @Test
    void a_french_juror_types_marks_with_a_decimal_comma_and_reads_parts_and_scales_in_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        ScoringView view = open();
        QueueEntry current = work.queue(call.auditionId()).getFirst();
        TextField first = view.rubric.fields.values().iterator().next();

        assertThat(first.getHelperText()).startsWith("De 0 à 10 par pas de 0,5");
        assertThat(heading()).isEqualTo(current.code() + " · " + voicePart(current.voicePart()) + " · À évaluer");
        test(first).setValue("7,5");

        assertThat(first.isInvalid()).isFalse();
        assertThat(work.open(call.auditionId(), current.code())
                        .rubric()
                        .getFirst()
                        .value())
                .isEqualByComparingTo("7.5");
        test(view.next).click();
        test(view.previous).click();
        assertThat(view.rubric.fields.values().iterator().next().getValue()).isEqualTo("7,5");
        work.mark(
                call.auditionId(),
                current.code(),
                view.rubric.fields.keySet().iterator().next(),
                new BigDecimal("8.5"),
                work.open(call.auditionId(), current.code()).rubric().getFirst().version(),
                null);
        test(view.rubric.fields.values().iterator().next()).setValue("6,5");
        assertThat(view.rubric.fields.values().iterator().next().getErrorMessage())
                .as("both marks in French")
                .contains("elle vaut maintenant 8,5, la vôtre était 6,5");
        test(view.rubric.fields.values().iterator().next()).setValue("7,5,");
        assertThat(view.rubric.fields.values().iterator().next().getErrorMessage())
                .isEqualTo("Saisissez un nombre, par exemple 7,5.");
    }

    @Test
    void a_comment_changed_in_another_tab_is_not_overwritten_silently() {
        ScoringView view = open();
        String code = work.queue(call.auditionId()).getFirst().code();
        test(view.comment).setValue("Warm tone");
        work.comment(call.auditionId(), code, "Warm tone", "Written in the other tab");

        test(view.comment).setValue("Warm tone, flat top notes");

        assertThat(work.open(call.auditionId(), code).comment()).isEqualTo("Written in the other tab");
        assertThat(view.comment.isInvalid()).isTrue();
        assertThat(view.comment.getErrorMessage()).contains("“Written in the other tab”");
        test(view.comment).setValue("Warm tone, flat top notes.");
        assertThat(work.open(call.auditionId(), code).comment())
                .as("once shown the other tab's text, the juror's edit replaces it knowingly")
                .isEqualTo("Warm tone, flat top notes.");
    }

    @Test
    void the_address_of_a_candidate_not_on_the_list_says_so_and_names_the_candidate_shown() {
        List<QueueEntry> queue = work.queue(call.auditionId());
        work.declareConflict(call.auditionId(), queue.get(1).code(), org.auditio.jury.ConflictKind.TEACHER);

        navigate(
                ScoringView.class,
                Map.of(
                        ScoringView.AUDITION,
                        call.auditionId().toString(),
                        ScoringView.CODE,
                        queue.get(1).code()));

        assertThat(heading()).startsWith(queue.getFirst().code());
        assertThat(notices()).extracting(n -> test(n).getText()).contains("This candidate is not in your queue.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("jury/" + call.auditionId() + "/" + queue.getFirst().code());
    }

    @Test
    void a_timestamped_note_is_kept_with_its_position() {
        ScoringView view = open();
        test(view.notes.seconds).setValue(83);
        test(view.notes.text).setValue("intonation drops");
        test(view.notes.add).click();

        String code = work.queue(call.auditionId()).getFirst().code();
        assertThat(work.open(call.auditionId(), code).notes()).singleElement().satisfies(n -> {
            assertThat(n.atSeconds()).isEqualTo(83);
            assertThat(n.text()).isEqualTo("intonation drops");
        });
        assertThat($(com.vaadin.flow.component.button.Button.class)
                        .withText("1:23 — intonation drops")
                        .exists())
                .isTrue();
    }

    @Test
    void the_screen_speaks_french_and_the_overview_lists_my_marks() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        ScoringView view = open();
        assertThat(view.saveAndNext.getText()).isEqualTo("Enregistrer et suivant");
        assertThat(view.progressText.getText()).isEqualTo("0 sur 3 évalué(s)");
        markEverything(view, "8");
        test(view.saveAndNext).click();

        MyMarksView overview = navigate(
                MyMarksView.class, Map.of("auditionId", call.auditionId().toString()));
        assertThat(test(overview.grid).size()).isEqualTo(3);
        MyMarkRow first = test(overview.grid).getRow(0);
        assertThat(first.weightedTotal()).isEqualByComparingTo("8");
    }

    @Test
    void other_jurors_marks_appear_only_once_the_juror_submitted_their_own() {
        JuryFixtures.Juror second = call.jurors().get(1);
        String code = work.queue(call.auditionId()).getFirst().code();
        AsUser.run(second.email(), Role.JUROR, () -> {
            for (var criterion : work.open(call.auditionId(), code).rubric()) {
                work.mark(call.auditionId(), code, criterion.criterion().id(), new BigDecimal("3"), null, null);
            }
            work.submit(call.auditionId(), code);
        });
        ScoringView view = open();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .withTextContaining("Juror 2")
                        .exists())
                .isFalse();

        markEverything(view, "9");
        test(view.saveAndNext).click();
        test(view.queueGrid).clickRow(0);

        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .withTextContaining("Juror 2 · Range 3")
                        .exists())
                .isTrue();
    }

    @Test
    void the_queue_can_show_one_section_and_next_stays_in_it() {
        ScoringView view = open();
        QueueEntry last = work.queue(call.auditionId()).getLast();
        org.auditio.auditions.VoicePart part = last.voicePart().section();

        test(view.section).selectItem(voicePart(part));

        assertThat(test(view.queueGrid).size()).isEqualTo(1);
        assertThat(test(view.queueGrid).getRow(0).code()).isEqualTo(last.code());
        test(view.next).click();
        assertThat(heading()).startsWith(last.code());
    }

    @Test
    void a_juror_outside_the_jury_gets_not_found() {
        JuryFixtures.Juror outsider = fixtures.closedCall(0, 1).jurors().getFirst();
        AsUser.become(outsider.email(), Role.JUROR);
        org.assertj.core.api.Assertions.assertThatThrownBy(this::open).hasMessageContaining("NotFoundView");
    }

    private static String voicePart(org.auditio.auditions.VoicePart part) {
        return UI.getCurrent().getTranslation("voice-part." + part.name());
    }

    private void markEverything(ScoringView view, String mark) {
        for (TextField field : view.rubric.fields.values()) {
            test(field).setValue(mark);
        }
    }

    private String heading() {
        return $(H2.class).withTextContaining("·").single().getText();
    }

    private ScoringView open() {
        return navigate(
                ScoringView.class,
                Map.of(ScoringView.AUDITION, call.auditionId().toString()));
    }

    private List<Notification> notices() {
        return $(Notification.class).all();
    }
}
