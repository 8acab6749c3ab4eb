package org.auditio.auditions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.auditio.auditions.AcceptedMedia;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionDescription;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.EligibilityRules;
import org.auditio.auditions.PieceSpec;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.common.UserError;
import org.junit.jupiter.api.Test;

class AuditionLifecycleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2019-01-10T09:00:00Z");
    /** 15 February 2019, 23:59 in Paris. */
    private static final Instant DEADLINE = Instant.parse("2019-02-15T22:59:00Z");

    private final Audition audition = new Audition(UUID.randomUUID(), UUID.randomUUID(), "WYC", "WYC", PARIS, NOW);

    @Test
    void a_draft_cannot_open_without_a_window_a_voice_part_a_piece_and_a_criterion() {
        assertThat(audition.missingForOpening(NOW))
                .containsExactly(
                        "audition.missing.window",
                        "audition.missing.voice-part",
                        "audition.missing.piece",
                        "audition.missing.criterion");
        assertThatThrownBy(() -> audition.open(NOW)).isInstanceOf(UserError.class);
        assertThat(audition.statusAt(NOW)).isEqualTo(AuditionStatus.DRAFT);

        audition.schedule(window());
        audition.offer(List.of(new VoicePartQuota(VoicePart.S, 18, 4)));
        audition.requirePieces(List.of(piece("Range test")));
        assertThatThrownBy(() -> audition.open(NOW)).hasMessage("audition.missing.criterion");

        audition.useRubric(List.of(criterion()));
        audition.open(NOW);
        assertThat(audition.statusAt(NOW)).isEqualTo(AuditionStatus.OPEN);
    }

    @Test
    void a_draft_whose_deadline_has_passed_cannot_open() {
        ready();
        assertThatThrownBy(() -> audition.open(DEADLINE)).hasMessage("audition.missing.deadline-passed");
    }

    @Test
    void an_open_audition_reads_closed_from_its_deadline_on_before_anything_records_it() {
        openAudition();
        assertThat(audition.statusAt(DEADLINE.minusSeconds(1))).isEqualTo(AuditionStatus.OPEN);
        assertThat(audition.acceptsApplications(DEADLINE.minusSeconds(1))).isTrue();
        assertThat(audition.statusAt(DEADLINE)).isEqualTo(AuditionStatus.CLOSED);
        assertThat(audition.acceptsApplications(DEADLINE)).isFalse();
    }

    @Test
    void the_sweep_records_the_closing_at_the_deadline_itself_once() {
        openAudition();
        assertThat(audition.closeIfDue(DEADLINE.minusSeconds(1))).isFalse();
        assertThat(audition.closeIfDue(DEADLINE.plus(Duration.ofMinutes(3)))).isTrue();
        assertThat(audition.closedAt()).isEqualTo(DEADLINE);
        assertThat(audition.closeIfDue(DEADLINE.plus(Duration.ofMinutes(4)))).isFalse();
    }

    @Test
    void slots_rubric_eligibility_window_and_the_list_of_voice_parts_are_frozen_once_open() {
        openAudition();
        assertThatThrownBy(() -> audition.requirePieces(List.of(piece("Other"))))
                .hasMessage("audition.pieces.frozen");
        assertThatThrownBy(() -> audition.useRubric(List.of(criterion()))).hasMessage("audition.rubric.frozen");
        assertThatThrownBy(() -> audition.restrict(EligibilityRules.NONE)).hasMessage("audition.eligibility.frozen");
        assertThatThrownBy(() -> audition.schedule(window())).hasMessage("audition.window.frozen");
        assertThatThrownBy(() -> audition.offer(List.of(new VoicePartQuota(VoicePart.A, 18, 4))))
                .hasMessage("audition.voice-parts.frozen");
    }

    @Test
    void places_and_reserve_sizes_may_still_change_once_open() {
        openAudition();
        audition.offer(List.of(new VoicePartQuota(VoicePart.S, 20, 6)));
        assertThat(audition.details("", NOW).voiceParts()).containsExactly(new VoicePartQuota(VoicePart.S, 20, 6));
    }

    @Test
    void the_deadline_extends_while_open_only_and_only_to_a_later_time() {
        openAudition();
        Instant later = DEADLINE.plus(Duration.ofDays(3));
        audition.extendDeadline(later, NOW);
        assertThat(audition.statusAt(DEADLINE)).isEqualTo(AuditionStatus.OPEN);
        assertThatThrownBy(() -> audition.extendDeadline(DEADLINE, NOW)).hasMessage("audition.extend.not-later");
        assertThatThrownBy(() -> audition.extendDeadline(later.plusSeconds(60), later))
                .hasMessage("audition.extend.not-open");
    }

    @Test
    void the_lifecycle_moves_one_step_at_a_time_in_order() {
        openAudition();
        assertThatThrownBy(() -> audition.startReview(NOW)).hasMessage("audition.review.not-closed");
        assertThatThrownBy(() -> audition.publish(NOW)).hasMessage("audition.publish.not-in-review");
        assertThatThrownBy(() -> audition.archive(NOW)).hasMessage("audition.archive.not-published");
        assertThatThrownBy(() -> audition.open(NOW)).hasMessage("audition.open.not-draft");

        Instant after = DEADLINE.plusSeconds(1);
        audition.startReview(after);
        assertThat(audition.statusAt(after)).isEqualTo(AuditionStatus.IN_REVIEW);
        audition.publish(after);
        assertThat(audition.statusAt(after)).isEqualTo(AuditionStatus.PUBLISHED);
        assertThatThrownBy(() -> audition.describe(description(false))).hasMessage("audition.locked");
        audition.archive(after);
        assertThat(audition.statusAt(after)).isEqualTo(AuditionStatus.ARCHIVED);
    }

    @Test
    void blind_review_cannot_be_switched_during_the_review() {
        openAudition();
        audition.startReview(DEADLINE);
        assertThatThrownBy(() -> audition.describe(description(true))).hasMessage("audition.blind.frozen");
    }

    @Test
    void pieces_keep_their_ids_when_reordered_and_foreign_or_repeated_ids_become_new_pieces() {
        audition.requirePieces(List.of(piece("One"), piece("Two")));
        List<PieceSpec> saved = audition.details("", NOW).pieces();
        UUID foreign = UUID.randomUUID();
        List<PieceSpec> edited = new ArrayList<>(List.of(saved.get(1), saved.get(0), saved.get(0)));
        edited.add(withId(piece("Three"), foreign));
        audition.requirePieces(edited);

        List<PieceSpec> now = audition.details("", NOW).pieces();
        assertThat(now).extracting(PieceSpec::nameEn).containsExactly("Two", "One", "One", "Three");
        assertThat(now.get(0).id()).isEqualTo(saved.get(1).id());
        assertThat(now.get(1).id()).isEqualTo(saved.get(0).id());
        assertThat(now.get(2).id()).isNotIn(saved.get(0).id(), saved.get(1).id());
        assertThat(now.get(3).id()).isNotEqualTo(foreign);
    }

    @Test
    void a_voice_part_cannot_be_offered_twice_nor_together_with_its_divisions() {
        assertThatThrownBy(() -> audition.offer(
                        List.of(new VoicePartQuota(VoicePart.S, 1, 0), new VoicePartQuota(VoicePart.S, 1, 0))))
                .hasMessage("audition.voice-parts.duplicate");
        assertThatThrownBy(() -> audition.offer(
                        List.of(new VoicePartQuota(VoicePart.S, 1, 0), new VoicePartQuota(VoicePart.S1, 1, 0))))
                .hasMessage("audition.voice-parts.overlap");
        assertThatThrownBy(() -> audition.offer(List.of(new VoicePartQuota(VoicePart.S, 0, 0))))
                .hasMessage("audition.voice-parts.places-invalid");
    }

    @Test
    void a_rubric_scale_must_be_reachable_in_whole_steps() {
        assertThatThrownBy(() -> audition.useRubric(List.of(new CriterionSpec(
                        null,
                        "Range",
                        "Tessiture",
                        BigDecimal.ONE,
                        BigDecimal.ZERO,
                        BigDecimal.TEN,
                        new BigDecimal("0.3")))))
                .hasMessage("audition.rubric.step-invalid");
        assertThatThrownBy(() -> audition.useRubric(List.of(new CriterionSpec(
                        null, "Range", "Tessiture", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE))))
                .hasMessage("audition.rubric.scale-invalid");
        assertThatThrownBy(() -> audition.useRubric(List.of(new CriterionSpec(
                        null, " ", "Tessiture", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE))))
                .hasMessage("audition.rubric.label-required");
    }

    @Test
    void a_piece_needs_names_in_both_languages_and_a_sensible_duration() {
        assertThatThrownBy(() -> audition.requirePieces(List.of(
                        new PieceSpec(null, "Range", "", "", "", AcceptedMedia.AUDIO, Duration.ofSeconds(80), true))))
                .hasMessage("audition.pieces.name-required");
        assertThatThrownBy(() -> audition.requirePieces(List.of(
                        new PieceSpec(null, "Range", "Tessiture", "", "", AcceptedMedia.AUDIO, Duration.ZERO, true))))
                .hasMessage("audition.pieces.duration-invalid");
    }

    @Test
    void the_event_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> audition.describe(new AuditionDescription(
                        "WYC", "WYC", "", "", "Toulouse", LocalDate.of(2019, 7, 30), LocalDate.of(2019, 7, 1), false)))
                .hasMessage("audition.event.dates-reversed");
    }

    private void ready() {
        audition.schedule(window());
        audition.offer(List.of(new VoicePartQuota(VoicePart.S, 18, 4)));
        audition.requirePieces(List.of(piece("Range test")));
        audition.useRubric(List.of(criterion()));
        audition.restrict(new EligibilityRules(17, 26, LocalDate.of(2019, 7, 1), Set.of()));
    }

    private void openAudition() {
        ready();
        audition.open(NOW);
    }

    private static ApplicationWindow window() {
        return ApplicationWindow.of(
                LocalDateTime.parse("2019-01-01T00:00"), LocalDateTime.parse("2019-02-15T23:59"), PARIS);
    }

    private static AuditionDescription description(boolean blind) {
        return new AuditionDescription("WYC", "WYC", "", "", "Toulouse", null, null, blind);
    }

    private static PieceSpec piece(String name) {
        return new PieceSpec(null, name, name, "", "", AcceptedMedia.AUDIO, Duration.ofSeconds(80), true);
    }

    private static PieceSpec withId(PieceSpec spec, UUID id) {
        return new PieceSpec(
                id,
                spec.nameEn(),
                spec.nameFr(),
                spec.instructionsEn(),
                spec.instructionsFr(),
                spec.accepts(),
                spec.maxDuration(),
                spec.mandatory());
    }

    private static CriterionSpec criterion() {
        return new CriterionSpec(
                null, "Range", "Tessiture", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("0.5"));
    }
}
