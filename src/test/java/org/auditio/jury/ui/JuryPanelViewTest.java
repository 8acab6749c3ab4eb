package org.auditio.jury.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountSummary;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.jury.JurorProgress;
import org.auditio.jury.JuryFixtures;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryWork;
import org.auditio.jury.OthersMarks;
import org.auditio.jury.PanelMarkChange;
import org.auditio.jury.Sharing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@AuditioTest
class JuryPanelViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditionService auditions;

    @Autowired
    JuryPanels panels;

    @Autowired
    TestClock clock;

    @Autowired
    JuryWork work;

    @Autowired
    JuryFixtures fixtures;

    @Autowired
    AuditionFixtures calls;

    JuryFixtures.Call call;

    @BeforeEach
    void closedCall() {
        call = fixtures.closedCall(5, 2);
        AsUser.become(call.organiser().email(), Role.ORGANISER);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void an_organiser_composes_the_jury_invites_a_juror_starts_and_closes_scoring() {
        JuryPanelView view = open();
        Set<AccountSummary> chosen = panels.jurorAccounts().stream()
                .filter(a -> call.jurors().stream().anyMatch(j -> j.id().equals(a.id())))
                .collect(Collectors.toSet());
        test(view.jurors)
                .selectItem(chosen.stream()
                        .map(a -> a.displayName() + " <" + a.email() + ">")
                        .toArray(String[]::new));
        String newcomer = TestAccounts.uniqueEmail("new-juror");
        test(view.inviteEmail).setValue(newcomer);
        test(view.inviteName).setValue("Nora Newcomer");
        test(view.invite).click();
        assertThat(view.jurors.getValue()).extracting(AccountSummary::email).contains(newcomer);
        test(view.chair).selectItem("Nora Newcomer");
        test(view.sharing).selectItem("A number of jurors per candidate, loads balanced");
        test(view.perApplication).setValue(2);
        test(view.save).click();

        assertThat(panels.panel(call.auditionId()).orElseThrow().jurorIds()).hasSize(3);
        assertThat(panels.panel(call.auditionId()).orElseThrow().sharing()).isEqualTo(Sharing.K_PER_APPLICATION);

        test(view.start).click();
        assertThat(auditions.details(call.auditionId()).status()).isEqualTo(AuditionStatus.IN_REVIEW);
        assertThat(view.state.getText()).isEqualTo("Scoring in progress.");
        assertThat(test(view.jurorGrid).size()).isEqualTo(3);
        int assigned = 0;
        for (int row = 0; row < 3; row++) {
            JurorProgress progress = test(view.jurorGrid).getRow(row);
            assigned += progress.assigned();
        }
        assertThat(assigned).isEqualTo(10);

        JuryFixtures.Juror juror = call.jurors().getFirst();
        test(view.conflicts.candidate).selectItem(call.names().getFirst());
        test(view.conflicts.juror).selectItem("Juror 1");
        test(view.conflicts.kind).selectItem("their teacher");
        test(view.conflicts.record).click();
        assertThat(panels.conflicts(call.auditionId())).singleElement().satisfies(conflict -> {
            assertThat(conflict.jurorId()).isEqualTo(juror.id());
            assertThat(conflict.kind()).isEqualTo(org.auditio.jury.ConflictKind.TEACHER);
        });

        test(view.close).click();
        assertThat(view.state.getText()).isEqualTo("Scoring closed.");
    }

    @Test
    void an_organiser_hides_others_marks_for_good_and_reads_the_audit_trail_of_changed_marks() {
        JuryViewFixtures.startScoring(panels, call);
        JuryFixtures.Juror juror = call.jurors().getFirst();
        AsUser.run(juror.email(), Role.JUROR, () -> {
            String code = work.queue(call.auditionId()).getFirst().code();
            var rubric = work.open(call.auditionId(), code).rubric();
            for (var criterion : rubric) {
                work.mark(call.auditionId(), code, criterion.criterion().id(), new BigDecimal("6"), null, null);
            }
            work.submit(call.auditionId(), code);
            var first = work.open(call.auditionId(), code).rubric().getFirst();
            work.mark(
                    call.auditionId(),
                    code,
                    first.criterion().id(),
                    new BigDecimal("8"),
                    first.version(),
                    "Heard it again");
        });
        JuryPanelView view = open();

        test(view.othersMarks).selectItem("Never");

        assertThat(panels.panel(call.auditionId()).orElseThrow().othersMarks()).isEqualTo(OthersMarks.NEVER);
        assertThat(test(view.changeGrid).size()).isEqualTo(1);
        PanelMarkChange change = test(view.changeGrid).getRow(0);
        assertThat(change.jurorName()).isEqualTo("Juror 1");
        assertThat(change.change().oldValue()).isEqualByComparingTo("6");
        assertThat(change.change().newValue()).isEqualByComparingTo("8");
        assertThat(change.change().reason()).isEqualTo("Heard it again");
        assertThat(test(view.changeGrid).getCellText(0, 5)).isEqualTo("8");
    }

    @Test
    void the_scoring_step_that_comes_next_is_the_primary_button_and_what_no_longer_applies_is_disabled() {
        JuryPanelView view = open();
        assertThat(view.start.isEnabled()).as("no jury yet: nothing to start").isFalse();
        assertThat(view.close.isEnabled()).isFalse();

        JuryViewFixtures.startScoring(panels, call);
        view = open();
        assertThat(view.start.isEnabled()).isFalse();
        assertThat(primary(view.start)).isFalse();
        assertThat(view.close.isEnabled()).isTrue();
        assertThat(primary(view.close)).isTrue();
        assertThat(view.remind.isEnabled()).isTrue();

        test(view.close).click();
        assertThat(view.state.getText()).isEqualTo("Scoring closed.");
        assertThat(view.close.isEnabled()).isFalse();
        assertThat(primary(view.close)).isFalse();
        assertThat(view.remind.isEnabled()).isFalse();
        assertThat(view.start.isEnabled()).isTrue();
        assertThat(primary(view.start)).isFalse();
        assertThat(view.start.getText()).isEqualTo("Reopen scoring");

        test(view.start).click();
        assertThat(view.state.getText()).isEqualTo("Scoring in progress.");
        assertThat(primary(view.close)).isTrue();
    }

    @Test
    void a_composed_jury_waits_for_the_primary_start_button() {
        List<java.util.UUID> ids =
                call.jurors().stream().map(JuryFixtures.Juror::id).toList();
        AsUser.run(
                call.organiser().email(),
                Role.ORGANISER,
                () -> panels.compose(call.auditionId(), ids, ids.getFirst(), Sharing.EVERYONE, 0));
        JuryPanelView view = open();
        assertThat(view.start.isEnabled()).isTrue();
        assertThat(primary(view.start)).isTrue();
        assertThat(view.start.getText()).isEqualTo("Start scoring");
        assertThat(view.close.isEnabled()).isFalse();
        assertThat(view.remind.isEnabled()).isFalse();
    }

    private static boolean primary(com.vaadin.flow.component.button.Button button) {
        return button.getThemeNames().contains("primary");
    }

    @Test
    void an_organiser_of_another_organisation_gets_not_found() {
        AuditionFixtures.Organiser stranger = calls.organiser();
        AsUser.become(stranger.email(), Role.ORGANISER);
        assertThatThrownBy(this::open).hasMessageContaining("NotFoundView");
    }

    private JuryPanelView open() {
        return navigate(
                JuryPanelView.class, Map.of("auditionId", call.auditionId().toString()));
    }
}
