package org.auditio.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.Ineligibility;
import org.auditio.auditions.VoicePart;
import org.auditio.common.UserError;
import org.auditio.notifications.MailOutbox;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AuditioTest
class MyApplicationsTest {

    @Autowired
    MyApplications applications;

    @Autowired
    AccountService accounts;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TestClock clock;

    @Autowired
    AuditionFixtures calls;

    @Autowired
    CandidateFixtures candidates;

    AuditionFixtures.Organiser organiser;
    UUID audition;

    @BeforeEach
    void openAudition() {
        organiser = calls.organiser();
        audition = calls.open(organiser, 10);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_eligible_candidate_applies_fills_the_slots_in_order_and_submits_with_a_receipt_by_mail() {
        String email = candidates.eligibleCandidate();
        EligibilityReport report = as(email, () -> applications.eligibility(audition));
        assertThat(report.mayApply()).isTrue();

        UUID id = candidates.draft(email, audition, VoicePart.A);
        MyApplication draft = as(email, () -> applications.get(id));
        assertThat(draft.slots())
                .extracting(slot -> slot.piece().nameEn())
                .containsExactly("Range test", "Sight-reading", "Set piece", "Aria or Lied of your choice");
        assertThat(draft.stage()).isEqualTo(ApplicationStage.DRAFT);

        candidates.fillAllSlots(email, id);
        Receipt receipt = as(email, () -> applications.submit(id));
        assertThat(receipt.submittedAt()).isEqualTo(clock.instant());
        assertThat(receipt.code()).endsWith("-1");

        MyApplication submitted = as(email, () -> applications.get(id));
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.changeable()).isFalse();
        assertThat(submitted.withdrawable()).isTrue();

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                AsUser.call(TestAccounts.ADMIN, Role.ADMIN, () -> outbox.page(0, 10_000)))
                        .anySatisfy(mail -> {
                            assertThat(mail.recipient()).isEqualTo(email);
                            assertThat(mail.subject()).contains("Candidature envoyée");
                            assertThat(mail.body()).contains(receipt.code()).contains("Europe/Paris");
                        }));
    }

    @Test
    void a_submitted_application_is_read_only_until_withdrawn_then_it_can_be_sent_again() {
        String email = candidates.eligibleCandidate();
        UUID id = candidates.draft(email, audition, VoicePart.A);
        MyApplication filled = candidates.fillAllSlots(email, id);
        as(email, () -> applications.submit(id));

        UUID firstSlot = filled.slots().getFirst().slotId();
        assertThatThrownBy(() -> as(email, () -> applications.attachRecording(id, firstSlot, UUID.randomUUID())))
                .hasMessage("application.read-only");
        assertThatThrownBy(() -> as(email, () -> applications.chooseVoicePart(id, VoicePart.S)))
                .hasMessage("application.read-only");

        MyApplication withdrawn = as(email, () -> applications.withdraw(id));
        assertThat(withdrawn.stage()).isEqualTo(ApplicationStage.WITHDRAWN);
        assertThat(withdrawn.changeable()).isTrue();
        as(email, () -> applications.chooseVoicePart(id, VoicePart.S));
        assertThat(as(email, () -> applications.submit(id)).code()).endsWith("-2");
    }

    @Test
    void replacing_a_recording_keeps_one_current_recording_per_slot() {
        String email = candidates.eligibleCandidate();
        UUID id = candidates.draft(email, audition, VoicePart.A);
        UUID slot = as(email, () -> applications.get(id)).slots().getFirst().slotId();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        as(email, () -> applications.attachRecording(id, slot, first));
        SlotView replaced = as(email, () -> applications.attachRecording(id, slot, second))
                .slots()
                .getFirst();
        assertThat(replaced.recordingId()).isEqualTo(second);
        assertThat(replaced.replacedRecordings()).isEqualTo(1);
    }

    @Test
    void a_second_application_to_the_same_audition_is_refused() {
        String email = candidates.eligibleCandidate();
        UUID first = candidates.draft(email, audition, VoicePart.A);
        assertThatThrownBy(() -> candidates.draft(email, audition, VoicePart.S))
                .isInstanceOf(UserError.class)
                .hasMessage("application.already-exists");
        assertThat(as(email, () -> applications.mine()))
                .extracting(ApplicationSummary::id)
                .containsExactly(first);
    }

    @Test
    void an_ineligible_candidate_is_told_the_birth_dates_and_cannot_start() {
        String email = candidates.candidate("Old Singer", LocalDate.of(1990, 1, 1), "FR");
        EligibilityReport report = as(email, () -> applications.eligibility(audition));
        assertThat(report.mayApply()).isFalse();
        assertThat(report.reasons())
                .singleElement()
                .isEqualTo(new Ineligibility.AgeOutOfRange(
                        LocalDate.of(1999, 7, 2), LocalDate.of(2009, 7, 1), 17, 26, LocalDate.of(2026, 7, 1)));
        assertThatThrownBy(() -> candidates.draft(email, audition, VoicePart.A)).hasMessage("application.not-eligible");
        assertThat(as(email, () -> applications.mine())).isEmpty();
    }

    @Test
    void a_candidate_without_a_complete_profile_cannot_start() {
        String email = TestAccounts.candidate(accounts, java.util.Locale.ENGLISH);
        assertThat(as(email, () -> applications.eligibility(audition)).profileComplete())
                .isFalse();
        assertThatThrownBy(() -> candidates.draft(email, audition, VoicePart.A))
                .hasMessage("application.profile-incomplete");
    }

    @Test
    void the_voice_part_must_be_one_the_audition_offers() {
        String email = candidates.eligibleCandidate();
        assertThatThrownBy(() -> candidates.draft(email, audition, VoicePart.T1))
                .hasMessage("application.voice-part.not-offered");
        assertThatThrownBy(() -> candidates.draft(email, audition, null)).hasMessage("application.voice-part.required");
    }

    @Test
    void submitting_with_an_empty_mandatory_slot_is_refused_and_the_draft_stays_a_draft() {
        String email = candidates.eligibleCandidate();
        UUID id = candidates.draft(email, audition, VoicePart.A);
        UUID slot = as(email, () -> applications.get(id)).slots().getFirst().slotId();
        as(email, () -> applications.attachRecording(id, slot, UUID.randomUUID()));
        assertThatThrownBy(() -> as(email, () -> applications.submit(id))).hasMessage("application.mandatory-missing");
        MyApplication draft = as(email, () -> applications.get(id));
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.missingMandatory()).isEqualTo(3);
    }

    @Test
    void after_the_deadline_nothing_changes_neither_slots_nor_submission_nor_withdrawal() {
        String email = candidates.eligibleCandidate();
        UUID draft = candidates.draft(email, audition, VoicePart.A);
        String other = candidates.eligibleCandidate();
        Receipt sent = candidates.submitted(other, audition, VoicePart.S);

        clock.advance(Duration.ofDays(11));
        UUID slot = as(email, () -> applications.get(draft)).slots().getFirst().slotId();
        assertThatThrownBy(() -> as(email, () -> applications.attachRecording(draft, slot, UUID.randomUUID())))
                .hasMessage("application.deadline-passed");
        assertThatThrownBy(() -> as(email, () -> applications.submit(draft))).hasMessage("application.deadline-passed");
        assertThatThrownBy(() -> as(other, () -> applications.withdraw(sent.applicationId())))
                .hasMessage("application.deadline-passed");
        assertThat(as(other, () -> applications.get(sent.applicationId())).status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
        assertThatThrownBy(() -> candidates.draft(candidates.eligibleCandidate(), audition, VoicePart.A))
                .hasMessage("application.audition-not-open");
    }

    @Test
    void another_candidates_application_is_not_found_by_any_call_and_stays_untouched() {
        String owner = candidates.eligibleCandidate();
        UUID id = candidates.draft(owner, audition, VoicePart.A);
        UUID slot = as(owner, () -> applications.get(id)).slots().getFirst().slotId();
        String intruder = candidates.eligibleCandidate();
        List<Runnable> attacks = List.of(
                () -> applications.get(id),
                () -> applications.attachRecording(id, slot, UUID.randomUUID()),
                () -> applications.chooseVoicePart(id, VoicePart.S),
                () -> applications.submit(id),
                () -> applications.withdraw(id));
        for (Runnable attack : attacks) {
            assertThatThrownBy(() -> AsUser.run(intruder, Role.CANDIDATE, attack))
                    .hasMessage("application.not-found");
        }
        MyApplication untouched = as(owner, () -> applications.get(id));
        assertThat(untouched.voicePart()).isEqualTo(VoicePart.A);
        assertThat(untouched.slots()).noneMatch(SlotView::filled);
    }

    @Test
    void a_draft_audition_is_invisible_to_candidates_and_organisers_cannot_use_candidate_calls() {
        UUID draftCall = calls.draft(organiser, 10);
        String email = candidates.eligibleCandidate();
        assertThatThrownBy(() -> as(email, () -> applications.eligibility(draftCall)))
                .hasMessage("audition.not-found");
        assertThatThrownBy(() -> candidates.draft(email, draftCall, VoicePart.A))
                .hasMessage("audition.not-found");
        assertThatThrownBy(() -> AsUser.call(organiser.email(), Role.ORGANISER, () -> applications.mine()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private <T> T as(String email, Supplier<T> action) {
        return AsUser.call(email, Role.CANDIDATE, action);
    }
}
