package org.auditio.selection.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.Outcome;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.Sharing;
import org.auditio.selection.SelectionFixtures;
import org.auditio.selection.SelectionRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@AuditioTest
class SelectionViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditionService auditions;

    @Autowired
    AccountAdministration administration;

    @Autowired
    TestClock clock;

    @Autowired
    JuryPanels panels;

    @Autowired
    SelectionFixtures selections;

    @Autowired
    AuditionFixtures organisations;

    SelectionFixtures.Call call;

    @BeforeEach
    void auditionInReview() {
        call = selections.inReview(
                List.of(new org.auditio.auditions.VoicePartQuota(VoicePart.S, 2, 2)),
                List.of(
                        SelectionFixtures.spec("Anke Adler", "DE", VoicePart.S, 9.0),
                        SelectionFixtures.spec("Berta Brandt", "DE", VoicePart.S, 8.0),
                        SelectionFixtures.spec("Chloé Caron", "FR", VoicePart.S, 7.0)));
        AsUser.become(call.organiser().email(), Role.ORGANISER);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void the_organiser_caps_a_country_overrides_with_a_reason_publishes_and_anyone_reads_the_results() {
        SelectionView view = navigate(
                SelectionView.class, Map.of("auditionId", call.auditionId().toString()));
        assertThat(rows(view)).extracting(SelectionRow::outcome).containsOnlyNulls();

        test(view.cap).setValue(1);
        test(view.run).click();
        assertThat(rows(view))
                .extracting(SelectionRow::name, SelectionRow::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Anke Adler", Outcome.SELECTED),
                        org.assertj.core.groups.Tuple.tuple("Berta Brandt", Outcome.RESERVE),
                        org.assertj.core.groups.Tuple.tuple("Chloé Caron", Outcome.SELECTED));
        assertThat(SelectionTexts.reason(view, rows(view).get(1))).isEqualTo("Country cap for Germany reached (1)");

        SelectionRow chloe = rows(view).get(2);
        OverrideDialog dialog = new OverrideDialog(chloe, view::override);
        dialog.open();
        roundTrip();
        test(dialog.outcome).selectItem("Reserve");
        test(dialog.save).click();
        assertThat(dialog.reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(rows(view).get(2).overridden()).isFalse();
        test(dialog.reason).setValue("Sight-reading too weak for the set piece");
        test(dialog.save).click();
        SelectionRow overridden = rows(view).stream()
                .filter(r -> r.name().equals("Chloé Caron"))
                .findFirst()
                .orElseThrow();
        assertThat(overridden.outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(SelectionTexts.reason(view, overridden))
                .isEqualTo("Chair’s decision: Sight-reading too weak for the set piece ("
                        + call.organiser().email() + ")");

        view.publishNow();
        assertThat(auditions.details(call.auditionId()).status()).isEqualTo(AuditionStatus.PUBLISHED);
        assertThat(view.run.isEnabled()).isFalse();
        assertThat(view.publish.isEnabled()).isFalse();

        SecurityContextHolder.clearContext();
        ResultsView results = navigate(
                ResultsView.class, Map.of("auditionId", call.auditionId().toString()));
        String text = results.getElement().getTextRecursively();
        assertThat(text).contains("Anke Adler, Germany");
        assertThat(text.indexOf("Berta Brandt")).isLessThan(text.indexOf("Chloé Caron"));
    }

    @Test
    void results_of_an_audition_not_yet_published_are_not_found() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> navigate(
                        ResultsView.class,
                        Map.of("auditionId", call.auditionId().toString())))
                .hasMessageContaining("NotFoundView");
    }

    @Test
    void an_organiser_of_another_organisation_gets_the_not_found_page() {
        AsUser.become(organisations.organiser().email(), Role.ORGANISER);

        assertThatThrownBy(() -> navigate(
                        SelectionView.class,
                        Map.of("auditionId", call.auditionId().toString())))
                .hasMessageContaining("NotFoundView");
    }

    private static List<SelectionRow> rows(SelectionView view) {
        return view.grids.get(VoicePart.S).getListDataView().getItems().toList();
    }

    @Test
    void while_the_jury_scores_the_chair_deliberates_and_the_organiser_is_shown_where_to_close_scoring() {
        String chair = TestAccounts.uniqueEmail("chair");
        String juror = TestAccounts.uniqueEmail("juror");
        UUID chairId =
                administration.inviteJuror(chair, "Chair", Locale.ENGLISH).id();
        UUID jurorId =
                administration.inviteJuror(juror, "Juror", Locale.ENGLISH).id();
        panels.compose(call.auditionId(), List.of(chairId, jurorId), chairId, Sharing.EVERYONE, 0);
        panels.startScoring(call.auditionId());

        navigate(SelectionView.class, Map.of("auditionId", call.auditionId().toString()));
        assertThat($(Anchor.class).withText("Jury page").single().getHref())
                .isEqualTo("organise/" + call.auditionId() + "/jury");

        AsUser.become(chair, Role.JUROR);
        SelectionView board = navigate(
                SelectionView.class, Map.of("auditionId", call.auditionId().toString()));
        test(board.run).click();
        assertThat(rows(board)).extracting(SelectionRow::outcome).doesNotContainNull();
        assertThat($(Anchor.class).withText("Jury page").exists()).isFalse();
    }
}
