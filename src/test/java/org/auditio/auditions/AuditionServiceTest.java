package org.auditio.auditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.common.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AuditioTest
class AuditionServiceTest {

    @Autowired
    AuditionService auditions;

    @Autowired
    AuditionCatalogue catalogue;

    @Autowired
    TestClock clock;

    @Autowired
    AuditionFixtures fixtures;

    AuditionFixtures.Organiser mine;
    AuditionFixtures.Organiser theirs;

    @BeforeEach
    void organisers() {
        mine = fixtures.organiser();
        theirs = fixtures.organiser();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_organiser_sets_up_a_youth_choir_audition_from_the_template_and_opens_it() {
        UUID id = fixtures.draft(mine, 30);
        AuditionDetails draft = as(mine, () -> auditions.details(id));
        assertThat(draft.status()).isEqualTo(AuditionStatus.DRAFT);
        assertThat(draft.offeredParts()).containsExactly(VoicePart.S, VoicePart.A, VoicePart.T, VoicePart.B);
        assertThat(draft.pieces()).hasSize(4).allMatch(PieceSpec::mandatory);
        assertThat(draft.criteria()).hasSize(5);
        assertThat(draft.eligibility().minAge()).isEqualTo(17);
        assertThat(draft.missingForOpening()).isEmpty();

        AuditionDetails open = as(mine, () -> auditions.open(id));
        assertThat(open.status()).isEqualTo(AuditionStatus.OPEN);
        assertThat(open.acceptingApplications()).isTrue();
        assertThat(catalogue.call(id)).isPresent();
    }

    @Test
    void an_organiser_of_another_organisation_gets_nothing_by_any_call() {
        UUID id = fixtures.draft(mine, 30);
        assertThat(as(theirs, () -> auditions.mine(0, 100)))
                .extracting(AuditionSummary::id)
                .doesNotContain(id);
        List<Runnable> attacks = List.of(
                () -> auditions.details(id),
                () -> auditions.open(id),
                () -> auditions.describe(
                        id, new AuditionDescription("Mine now", "À moi", "", "", "", null, null, false)),
                () -> auditions.offer(id, List.of(new VoicePartQuota(VoicePart.S, 1, 0))),
                () -> auditions.requirePieces(id, List.of()),
                () -> auditions.useRubric(id, List.of()),
                () -> auditions.extendDeadline(id, LocalDateTime.now(clock).plusDays(90)),
                () -> auditions.startReview(id));
        for (Runnable attack : attacks) {
            assertThatThrownBy(() -> AsUser.run(theirs.email(), Role.ORGANISER, attack))
                    .isInstanceOf(UserError.class)
                    .hasMessage("audition.not-found");
        }
        AuditionDetails untouched = as(mine, () -> auditions.details(id));
        assertThat(untouched.status()).isEqualTo(AuditionStatus.DRAFT);
        assertThat(untouched.titleEn()).startsWith("Youth choir");
        assertThat(untouched.pieces()).hasSize(4);
    }

    @Test
    void an_organiser_cannot_create_an_audition_for_an_organisation_they_do_not_belong_to() {
        assertThatThrownBy(() -> as(
                        theirs,
                        () -> auditions.create(mine.organisationId(), "Stolen", "Volée", AuditionTemplate.BLANK)))
                .hasMessage("organisation.not-found");
    }

    @Test
    void a_forged_id_is_not_found_and_admins_see_every_organisation() {
        assertThatThrownBy(() -> as(mine, () -> auditions.details(UUID.randomUUID())))
                .hasMessage("audition.not-found");
        UUID id = fixtures.draft(mine, 30);
        assertThat(AsUser.call(TestAccounts.ADMIN, Role.ADMIN, () -> auditions.details(id))
                        .id())
                .isEqualTo(id);
    }

    @Test
    void candidates_and_anonymous_callers_are_refused_by_method_security() {
        UUID id = fixtures.draft(mine, 30);
        assertThatThrownBy(() -> AsUser.call("someone@test.auditio", Role.CANDIDATE, () -> auditions.details(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("someone@test.auditio", Role.JUROR, () -> auditions.open(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_input_is_refused_with_a_reason_and_changes_nothing() {
        UUID id = fixtures.draft(mine, 30);
        AuditionDetails before = as(mine, () -> auditions.details(id));
        assertThatThrownBy(() -> as(mine, () -> auditions.schedule(id, null, null, null)))
                .hasMessage("audition.window.required");
        assertThatThrownBy(() -> as(
                        mine,
                        () -> auditions.describe(
                                id, new AuditionDescription(" ", "Titre", "", "", "", null, null, false))))
                .hasMessage("audition.title.required");
        assertThatThrownBy(() -> as(
                        mine,
                        () -> auditions.offer(
                                id,
                                List.of(
                                        new VoicePartQuota(VoicePart.T, 4, 1),
                                        new VoicePartQuota(VoicePart.T1, 4, 1)))))
                .hasMessage("audition.voice-parts.overlap");
        assertThat(as(mine, () -> auditions.details(id))).isEqualTo(before);
    }

    @Test
    void opening_is_refused_while_something_is_missing_and_the_draft_stays_a_draft() {
        UUID id = as(mine, () -> auditions.create(mine.organisationId(), "Empty", "Vide", AuditionTemplate.BLANK));
        assertThatThrownBy(() -> as(mine, () -> auditions.open(id))).hasMessage("audition.missing.window");
        assertThat(as(mine, () -> auditions.details(id)).missingForOpening())
                .contains("audition.missing.voice-part", "audition.missing.piece", "audition.missing.criterion");
        assertThat(as(mine, () -> auditions.details(id)).status()).isEqualTo(AuditionStatus.DRAFT);
    }

    @Test
    void once_open_the_pieces_and_rubric_are_frozen_on_the_server() {
        UUID id = fixtures.open(mine, 30);
        assertThatThrownBy(() -> as(mine, () -> auditions.requirePieces(id, List.of())))
                .hasMessage("audition.pieces.frozen");
        assertThatThrownBy(() -> as(mine, () -> auditions.useRubric(id, List.of())))
                .hasMessage("audition.rubric.frozen");
        assertThat(as(mine, () -> auditions.details(id)).pieces()).hasSize(4);
    }

    @Test
    void drafts_are_not_public_and_open_calls_leave_the_public_list_at_their_deadline() {
        UUID draft = fixtures.draft(mine, 30);
        UUID open = fixtures.open(mine, 3);
        assertThat(catalogue.call(draft)).isEmpty();
        assertThat(openIds()).contains(open).doesNotContain(draft);

        clock.advance(Duration.ofDays(4));
        assertThat(openIds()).doesNotContain(open);
        assertThat(catalogue.call(open).orElseThrow().status()).isEqualTo(AuditionStatus.CLOSED);
        assertThat(catalogue.call(open).orElseThrow().acceptingApplications()).isFalse();
    }

    @Test
    void the_deadline_extends_in_the_audition_zone_while_open_and_a_closed_audition_goes_to_review() {
        UUID id = fixtures.open(mine, 3);
        LocalDateTime later = LocalDateTime.ofInstant(clock.instant(), AuditionService.DEFAULT_ZONE)
                .plusDays(10)
                .withHour(23)
                .withMinute(59)
                .withSecond(0)
                .withNano(0);
        AuditionDetails extended = as(mine, () -> auditions.extendDeadline(id, later));
        assertThat(extended.window().localCloses().toLocalDateTime()).isEqualTo(later);

        assertThatThrownBy(() -> as(mine, () -> auditions.startReview(id))).hasMessage("audition.review.not-closed");
        clock.advance(Duration.ofDays(11));
        assertThatThrownBy(() -> as(mine, () -> auditions.extendDeadline(id, later.plusDays(30))))
                .hasMessage("audition.extend.not-open");
        assertThat(as(mine, () -> auditions.startReview(id)).status()).isEqualTo(AuditionStatus.IN_REVIEW);
    }

    private List<UUID> openIds() {
        return catalogue.open(0, 500).stream().map(AuditionSummary::id).toList();
    }

    private <T> T as(AuditionFixtures.Organiser organiser, java.util.function.Supplier<T> action) {
        return AsUser.call(organiser.email(), Role.ORGANISER, action);
    }
}
