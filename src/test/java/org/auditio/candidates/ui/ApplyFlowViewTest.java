package org.auditio.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ApplicationStatus;
import org.auditio.candidates.ApplicationSummary;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.candidates.CandidateProfiles;
import org.auditio.candidates.MyApplications;
import org.auditio.candidates.SlotView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A candidate applies in French: profile, eligibility, voice part, recordings, submission, receipt. */
@AuditioTest
class ApplyFlowViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CandidateProfiles profiles;

    @Autowired
    MyApplications applications;

    @Autowired
    TestClock clock;

    @Autowired
    AuditionFixtures fixtures;

    UUID audition;
    String email;

    @BeforeEach
    void openCallAndCandidate() {
        audition = fixtures.open(fixtures.organiser(), 10);
        email = TestAccounts.candidate(accounts, Locale.FRENCH);
        AsUser.become(email, Role.CANDIDATE);
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void a_candidate_completes_the_profile_applies_submits_and_gets_a_receipt_in_french() {
        ProfileView profile = navigate(ProfileView.class);
        test(profile.fullName).setValue("Léa Martin");
        test(profile.dateOfBirth).setValue(LocalDate.of(2005, 3, 14));
        test(profile.country).selectItem("France");
        test(profile.voicePart).selectItem("Alto");
        test(profile.consent).click();
        test(profile.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Votre profil est enregistré.");

        ApplyView apply = navigate(ApplyView.class, Map.of(ApplyView.ID, audition.toString()));
        assertThat(apply.voicePart.getValue()).isEqualTo(VoicePart.A);
        assertThat($(ListItem.class).withTextContaining("Test de tessiture").exists())
                .isTrue();
        test(apply.start).click();

        ApplicationView page = (ApplicationView) getCurrentView();
        assertThat(page.submit.isEnabled()).isFalse();
        assertThat($(SlotCard.class).all()).hasSize(4);
        UUID id = mine().id();
        for (SlotView slot : applications.get(id).slots()) {
            applications.attachRecording(id, slot.slotId(), UUID.randomUUID());
        }

        page = navigate(ApplicationView.class, Map.of(ApplicationView.ID, id.toString()));
        test(page.submit).click();
        assertThat(page.receipt.getText()).startsWith("Envoyée le").contains("Accusé de réception");
        assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(page.submit.isVisible()).isFalse();
        assertThat(page.withdraw.isVisible()).isTrue();

        navigate(ApplyView.class, Map.of(ApplyView.ID, audition.toString()));
        assertThat($(Paragraph.class)
                        .withText("Vous avez déjà candidaté à cette audition.")
                        .exists())
                .isTrue();
    }

    @Test
    void an_ineligible_candidate_is_told_the_birth_dates_in_french_and_cannot_start() {
        profiles.save(CandidateFixtures.profile("Old Singer", LocalDate.of(1990, 1, 1), "FR", VoicePart.A));
        ApplyView apply = navigate(ApplyView.class, Map.of(ApplyView.ID, audition.toString()));
        assertThat($(ListItem.class)
                        .withText("Il faut être né entre le 2 juillet 1999 et le 1 juillet 2009 "
                                + "(avoir de 17 à 26 ans au 1 juillet 2026).")
                        .exists())
                .isTrue();
        assertThat(apply.start.isAttached()).isFalse();
    }

    @Test
    void a_candidate_without_a_profile_is_sent_to_complete_it_first() {
        navigate(ApplyView.class, Map.of(ApplyView.ID, audition.toString()));
        assertThat($(Paragraph.class)
                        .withTextContaining("Complétez d’abord votre profil")
                        .exists())
                .isTrue();
    }

    @Test
    void a_missing_date_of_birth_is_shown_on_the_field_and_nothing_is_saved() {
        ProfileView profile = navigate(ProfileView.class);
        test(profile.fullName).setValue("Léa Martin");
        test(profile.country).selectItem("France");
        test(profile.consent).click();
        test(profile.save).click();
        assertThat(profile.dateOfBirth.isInvalid()).isTrue();
        assertThat(profile.dateOfBirth.getErrorMessage()).isEqualTo("Saisissez votre date de naissance.");
        assertThat(profiles.mine()).isEmpty();
    }

    private ApplicationSummary mine() {
        return applications.mine().getFirst();
    }
}
