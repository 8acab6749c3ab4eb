package org.auditio.jury;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/** What a juror scoring one candidate sees: the code, the voice part, the recordings, their own marks. */
public record ScoreSheet(
        int rank,
        String code,
        VoicePart voicePart,
        AssignmentState state,
        List<SlotToHear> slots,
        List<CriterionMark> rubric,
        String comment,
        List<NoteView> notes,
        @Nullable String abstainReason) {

    /** A recording to hear, by slot name; the recording id is the media module's. */
    public record SlotToHear(
            int position,
            String nameEn,
            String nameFr,
            Duration maxDuration,
            @Nullable UUID recordingId) {
        public String name(Locale locale) {
            return JuryTexts.pick(locale, nameEn, nameFr);
        }
    }

    /** A criterion with the juror's own mark and its version (null: not marked yet). */
    public record CriterionMark(
            CriterionSpec criterion,
            @Nullable BigDecimal value,
            @Nullable Long version) {}

    public record NoteView(UUID id, int slotPosition, int atSeconds, String text) {}

    public boolean complete() {
        return rubric.stream().allMatch(m -> m.value() != null);
    }
}
