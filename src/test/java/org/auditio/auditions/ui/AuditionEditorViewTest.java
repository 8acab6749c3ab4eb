package org.auditio.auditions.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.AuditionSummary;
import org.auditio.auditions.AuditionTemplate;
import org.auditio.common.ui.StatusBadge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@AuditioTest
class AuditionEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditionService auditions;

    @Autowired
    TestClock clock;

    @Autowired
    AuditionFixtures fixtures;

    AuditionFixtures.Organiser organiser;

    @BeforeEach
    void organiser() {
        organiser = fixtures.organiser();
        AsUser.become(organiser.email(), Role.ORGANISER);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void an_organiser_creates_a_youth_choir_audition_sets_the_window_and_opens_it() {
        navigate(OrganiserAuditionsView.class);
        NewAuditionForm form = $(NewAuditionForm.class).single();
        test(form.titleEn).setValue("World Youth Choir 2027");
        test(form.titleFr).setValue("Chœur mondial des jeunes 2027");
        test(form.create).click();

        AuditionEditorView editor = (AuditionEditorView) getCurrentView();
        assertThat($(ListItem.class).withText("Set the application window.").exists())
                .isTrue();
        test(editor.tabs).select(1);
        WindowForm window = $(WindowForm.class).single();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), AuditionService.DEFAULT_ZONE);
        test(window.opens).setValue(now.withSecond(0).withNano(0));
        test(window.closes).setValue(now.plusDays(30).withHour(23).withMinute(59));
        test(window.save).click();
        assertThat($(ListItem.class).withText("Set the application window.").exists())
                .isFalse();

        test($(LifecycleBar.class).single().next).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("can no longer change");
        test(confirm).confirm();

        assertThat($(StatusBadge.class).withText("Open").exists()).isTrue();
        AuditionSummary created = AsUser.call(organiser.email(), Role.ORGANISER, () -> auditions.mine(0, 10))
                .getFirst();
        assertThat(created.titleEn()).isEqualTo("World Youth Choir 2027");
        assertThat(created.status()).isEqualTo(AuditionStatus.OPEN);
    }

    @Test
    void an_organiser_sets_a_pieces_minimum_length_and_a_minimum_past_the_maximum_is_refused() {
        UUID id = fixtures.draft(organiser, 30);
        navigate(AuditionEditorView.class, Map.of(AuditionEditorView.ID, id.toString()));
        test(((AuditionEditorView) getCurrentView()).tabs).select(3);
        PiecesEditor pieces = $(PiecesEditor.class).single();
        PieceCard first = pieces.cards.getFirst();
        assertThat(first.minDuration.getLabel()).isEqualTo("Minimum length");
        assertThat(first.minDuration.getValue()).isEmpty();

        test(first.minDuration).setValue("0:30");
        test(pieces.save).click();
        assertThat(AsUser.call(organiser.email(), Role.ORGANISER, () -> auditions.details(id))
                        .pieces()
                        .getFirst()
                        .minDuration())
                .isEqualTo(Duration.ofSeconds(30));

        PiecesEditor again = $(PiecesEditor.class).single();
        test(again.cards.getFirst().minDuration).setValue("59:00");
        test(again.save).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("A piece’s minimum length must be shorter than its maximum.");
        assertThat(AsUser.call(organiser.email(), Role.ORGANISER, () -> auditions.details(id))
                        .pieces()
                        .getFirst()
                        .minDuration())
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void opening_an_incomplete_draft_is_refused_with_the_reason_and_nothing_changes() {
        UUID id = AsUser.call(
                organiser.email(),
                Role.ORGANISER,
                () -> auditions.create(organiser.organisationId(), "Empty", "Vide", AuditionTemplate.BLANK));
        navigate(AuditionEditorView.class, Map.of(AuditionEditorView.ID, id.toString()));
        test($(LifecycleBar.class).single().next).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Set the application window.");
        assertThat(AsUser.call(organiser.email(), Role.ORGANISER, () -> auditions.details(id))
                        .status())
                .isEqualTo(AuditionStatus.DRAFT);
    }

    @Test
    void publishing_an_audition_in_review_leads_to_the_selection_board_and_publishes_nothing_by_itself() {
        UUID id = fixtures.open(organiser, 2);
        clock.advance(Duration.ofDays(3));
        AsUser.run(organiser.email(), Role.ORGANISER, () -> auditions.startReview(id));
        navigate(AuditionEditorView.class, Map.of(AuditionEditorView.ID, id.toString()));

        Button publish = $(LifecycleBar.class).single().next;
        assertThat(publish.getText()).isEqualTo("Publish the results");
        test(publish).click();

        assertThat($(ConfirmDialog.class).exists()).isFalse();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("organise/" + id + "/selection");
        assertThat(AsUser.call(organiser.email(), Role.ORGANISER, () -> auditions.details(id))
                        .status())
                .isEqualTo(AuditionStatus.IN_REVIEW);
    }

    @Test
    void an_audition_of_another_organisation_is_not_found_by_its_address() {
        UUID foreign = fixtures.draft(fixtures.organiser(), 10);
        AsUser.become(organiser.email(), Role.ORGANISER);
        assertThatThrownBy(() -> navigate(AuditionEditorView.class, Map.of(AuditionEditorView.ID, foreign.toString())))
                .hasMessageContaining("NotFoundView");
        assertThat($(TabSheet.class).exists()).isFalse();
        assertThat($(H1.class).first().getText()).isEqualTo("Page not found");
    }
}
