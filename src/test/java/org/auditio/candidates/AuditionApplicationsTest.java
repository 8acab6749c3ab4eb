package org.auditio.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.VoicePart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AuditioTest
class AuditionApplicationsTest {

    @Autowired
    AuditionApplications dashboard;

    @Autowired
    MyApplications applications;

    @Autowired
    AuditionService auditions;

    @Autowired
    TestClock clock;

    @Autowired
    AuditionFixtures calls;

    @Autowired
    CandidateFixtures candidates;

    AuditionFixtures.Organiser organiser;
    AuditionFixtures.Organiser stranger;
    UUID audition;
    String soprano;
    String alto;
    String tenor;
    UUID sopranoApplication;

    @BeforeEach
    void applicants() {
        organiser = calls.organiser();
        stranger = calls.organiser();
        audition = calls.open(organiser, 10);
        soprano = candidates.candidate("Ana Souza", LocalDate.of(2000, 5, 1), "BR");
        alto = candidates.candidate("Zoé Petit", LocalDate.of(2008, 1, 1), "FR");
        tenor = candidates.candidate("Jonas Berg", LocalDate.of(2004, 9, 9), "SE");
        sopranoApplication =
                candidates.submitted(soprano, audition, VoicePart.S).applicationId();
        candidates.submitted(alto, audition, VoicePart.A);
        candidates.draft(tenor, audition, VoicePart.T);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_dashboard_counts_by_status_voice_part_and_country() {
        ApplicationStatistics statistics = as(organiser, () -> dashboard.statistics(audition));
        assertThat(statistics.count(ApplicationStatus.SUBMITTED)).isEqualTo(2);
        assertThat(statistics.count(ApplicationStatus.DRAFT)).isEqualTo(1);
        assertThat(statistics.count(ApplicationStatus.WITHDRAWN)).isZero();
        assertThat(statistics.submittedByVoicePart())
                .containsEntry(VoicePart.S, 1L)
                .containsEntry(VoicePart.A, 1L);
        assertThat(statistics.submittedByCountry()).containsOnlyKeys("BR", "FR");
    }

    @Test
    void the_list_filters_by_voice_part_country_status_age_and_name_and_sorts_by_age() {
        assertThat(names(ApplicationFilter.NONE, new ApplicationSort(ApplicationSort.Field.AGE, true)))
                .containsExactly("Zoé Petit", "Jonas Berg", "Ana Souza");
        assertThat(names(new ApplicationFilter(VoicePart.S, null, null, null, null, null), ApplicationSort.DEFAULT))
                .containsExactly("Ana Souza");
        assertThat(names(new ApplicationFilter(null, "FR", null, null, null, null), ApplicationSort.DEFAULT))
                .containsExactly("Zoé Petit");
        assertThat(names(
                        new ApplicationFilter(null, null, ApplicationStatus.DRAFT, null, null, null),
                        ApplicationSort.DEFAULT))
                .containsExactly("Jonas Berg");
        // Ages on 1 July 2026: Ana 26, Jonas 21, Zoé 18.
        assertThat(names(new ApplicationFilter(null, null, null, 20, 25, null), ApplicationSort.DEFAULT))
                .containsExactly("Jonas Berg");
        assertThat(names(new ApplicationFilter(null, null, null, null, null, "pet"), ApplicationSort.DEFAULT))
                .containsExactly("Zoé Petit");
        assertThat(as(
                        organiser,
                        () -> dashboard.count(audition, new ApplicationFilter(null, null, null, 18, 21, null))))
                .isEqualTo(2);
        assertThat(as(
                        organiser,
                        () -> dashboard.page(audition, ApplicationFilter.NONE, ApplicationSort.DEFAULT, 0, 10)))
                .extracting(ApplicationRow::age)
                .containsExactly(26, 21, 18);
    }

    @Test
    void the_application_detail_shows_the_profile_and_the_current_recording_of_each_slot() {
        ApplicationReview review = as(organiser, () -> dashboard.review(audition, sopranoApplication));
        assertThat(review.profile().fullName()).isEqualTo("Ana Souza");
        assertThat(review.slots()).hasSize(4).allMatch(SlotView::filled);
        assertThat(review.row().status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void an_organiser_of_another_organisation_gets_nothing() {
        List<Runnable> attacks = List.of(
                () -> dashboard.statistics(audition),
                () -> dashboard.page(audition, ApplicationFilter.NONE, ApplicationSort.DEFAULT, 0, 10),
                () -> dashboard.count(audition, ApplicationFilter.NONE),
                () -> dashboard.review(audition, sopranoApplication),
                () -> dashboard.grantExtension(
                        audition, sopranoApplication, LocalDateTime.now(clock).plusDays(30), "Illness"));
        for (Runnable attack : attacks) {
            assertThatThrownBy(() -> AsUser.run(stranger.email(), Role.ORGANISER, attack))
                    .hasMessage("audition.not-found");
        }
        assertThat(as(organiser, () -> dashboard.review(audition, sopranoApplication))
                        .extensions())
                .isEmpty();
    }

    @Test
    void an_application_is_only_found_through_its_own_audition() {
        UUID otherAudition = calls.open(organiser, 5);
        assertThatThrownBy(() -> as(organiser, () -> dashboard.review(otherAudition, sopranoApplication)))
                .hasMessage("application.not-found");
    }

    @Test
    void a_granted_extension_lets_that_candidate_alone_finish_after_the_deadline_until_the_review() {
        UUID tenorApplication = as(tenor, () -> applications.mine()).getFirst().id();
        String late = candidates.eligibleCandidate();
        UUID lateApplication = candidates.draft(late, audition, VoicePart.A);

        assertThatThrownBy(() -> as(
                        organiser,
                        () -> dashboard.grantExtension(
                                audition,
                                tenorApplication,
                                LocalDateTime.now(clock).plusDays(12),
                                " ")))
                .hasMessage("extension.reason-required");
        ApplicationReview extended = as(
                organiser,
                () -> dashboard.grantExtension(
                        audition, tenorApplication, LocalDateTime.now(clock).plusDays(12), "Illness, doctor’s note"));
        assertThat(extended.extensions())
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Illness, doctor’s note"));

        clock.advance(Duration.ofDays(11));
        candidates.fillAllSlots(tenor, tenorApplication);
        assertThat(as(tenor, () -> applications.submit(tenorApplication)).code())
                .isNotBlank();
        assertThatThrownBy(() -> as(late, () -> applications.submit(lateApplication)))
                .hasMessage("application.deadline-passed");

        as(organiser, () -> auditions.startReview(audition));
        assertThatThrownBy(() -> as(tenor, () -> applications.withdraw(tenorApplication)))
                .hasMessage("application.review-started");
        assertThat(as(tenor, () -> applications.get(tenorApplication)).stage()).isEqualTo(ApplicationStage.IN_REVIEW);
    }

    private List<String> names(ApplicationFilter filter, ApplicationSort sort) {
        return as(organiser, () -> dashboard.page(audition, filter, sort, 0, 50)).stream()
                .map(ApplicationRow::candidateName)
                .toList();
    }

    private <T> T as(AuditionFixtures.Organiser who, Supplier<T> action) {
        return AsUser.call(who.email(), Role.ORGANISER, action);
    }

    private <T> T as(String candidate, Supplier<T> action) {
        return AsUser.call(candidate, Role.CANDIDATE, action);
    }
}
