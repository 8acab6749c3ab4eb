package org.auditio.jury;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A jury as its organisers see it. */
public record PanelView(
        UUID auditionId,
        List<UUID> jurorIds,
        UUID chairId,
        Sharing sharing,
        int jurorsPerApplication,
        OthersMarks othersMarks,
        @Nullable Instant scoringStartedAt,
        @Nullable Instant scoringClosedAt) {

    public boolean scoringOpen() {
        return scoringStartedAt != null && scoringClosedAt == null;
    }
}
