package org.auditio.candidates;

import java.time.Instant;
import java.util.UUID;
import org.auditio.auditions.PieceSpec;
import org.jspecify.annotations.Nullable;

/** A recording slot with the rules of its piece; {@code recordingId} is the current recording only. */
public record SlotView(
        UUID slotId,
        int position,
        PieceSpec piece,
        @Nullable UUID recordingId,
        @Nullable Instant attachedAt,
        int replacedRecordings) {

    public boolean filled() {
        return recordingId != null;
    }
}
