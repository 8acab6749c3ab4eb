package org.auditio.candidates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/**
 * An application as its candidate sees it. {@code deadline} is theirs (the audition's, or a
 * later one granted to them); {@code changeable} and {@code withdrawable} say what they may do now;
 * {@code outcome} is set once the results are published (with the reserve position on the reserve list).
 */
public record MyApplication(
        UUID id,
        AuditionDetails audition,
        VoicePart voicePart,
        ApplicationStatus status,
        ApplicationStage stage,
        Instant createdAt,
        @Nullable Instant submittedAt,
        @Nullable Instant withdrawnAt,
        Instant deadline,
        boolean changeable,
        boolean withdrawable,
        String receipt,
        List<SlotView> slots,
        @Nullable Outcome outcome,
        @Nullable Integer reservePosition) {

    public long missingMandatory() {
        return slots.stream().filter(s -> s.piece().mandatory() && !s.filled()).count();
    }
}
