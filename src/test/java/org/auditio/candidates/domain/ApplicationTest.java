package org.auditio.candidates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.auditio.auditions.AcceptedMedia;
import org.auditio.auditions.PieceSpec;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ApplicationStatus;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2019-02-15T22:59:00Z");

    private final Application application = new Application(
            UUID.randomUUID(),
            UUID.randomUUID(),
            VoicePart.A,
            List.of(piece("Range test", true), piece("Free aria", true), piece("Optional video", false)),
            NOW);

    @Test
    void slots_follow_the_order_of_the_pieces_and_only_mandatory_ones_block_submission() {
        assertThat(application.slots()).extracting(RecordingSlot::position).containsExactly(0, 1, 2);
        fill(0);
        assertThatThrownBy(() -> application.submit(DEADLINE, NOW)).hasMessage("application.mandatory-missing");
        fill(1);
        application.submit(DEADLINE, NOW);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void a_slot_holds_one_current_recording_and_keeps_the_replaced_ones_apart() {
        UUID slot = application.slots().getFirst().id();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        application.attachRecording(slot, first, DEADLINE, NOW);
        application.attachRecording(slot, second, DEADLINE, NOW.plusSeconds(60));
        RecordingSlot current = application.slots().getFirst();
        assertThat(current.currentRecording()).contains(second);
        assertThat(current.replaced()).containsExactly(new ReplacedRecording(first, NOW.plusSeconds(60)));
    }

    @Test
    void the_last_instant_before_the_deadline_is_in_time_and_the_deadline_itself_is_not() {
        fill(0);
        fill(1);
        assertThatThrownBy(() -> application.submit(DEADLINE, DEADLINE)).hasMessage("application.deadline-passed");
        application.submit(DEADLINE, DEADLINE.minusNanos(1));
        assertThatThrownBy(() -> application.withdraw(DEADLINE, DEADLINE)).hasMessage("application.deadline-passed");
    }

    @Test
    void an_extension_moves_this_candidates_deadline_later_and_never_earlier() {
        UUID organiser = UUID.randomUUID();
        application.grantExtension(DEADLINE.minus(Duration.ofDays(1)), "Earlier, by mistake", organiser, NOW);
        assertThat(application.deadline(DEADLINE)).isEqualTo(DEADLINE);
        Instant later = DEADLINE.plus(Duration.ofDays(2));
        application.grantExtension(later, "Illness", organiser, NOW);
        assertThat(application.deadline(DEADLINE)).isEqualTo(later);
        assertThat(application.extensions())
                .extracting(DeadlineExtension::reason)
                .containsExactly("Earlier, by mistake", "Illness");
        assertThatThrownBy(() -> application.grantExtension(NOW, "Too late", organiser, NOW))
                .hasMessage("extension.not-in-future");
    }

    @Test
    void a_withdrawn_application_changes_and_is_sent_again_with_a_new_receipt() {
        fill(0);
        fill(1);
        application.submit(DEADLINE, NOW);
        String firstReceipt = application.receipt();
        assertThatThrownBy(() -> application.chooseVoicePart(VoicePart.S, DEADLINE, NOW))
                .hasMessage("application.read-only");
        application.withdraw(DEADLINE, NOW);
        application.chooseVoicePart(VoicePart.S, DEADLINE, NOW);
        application.submit(DEADLINE, NOW);
        assertThat(application.receipt()).isNotEqualTo(firstReceipt).endsWith("-2");
        assertThat(application.voicePart()).isEqualTo(VoicePart.S);
    }

    private void fill(int position) {
        application.attachRecording(application.slots().get(position).id(), UUID.randomUUID(), DEADLINE, NOW);
    }

    private static PieceSpec piece(String name, boolean mandatory) {
        return new PieceSpec(
                UUID.randomUUID(), name, name, "", "", AcceptedMedia.EITHER, Duration.ofMinutes(3), mandatory);
    }
}
