package org.auditio.jury;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/** One line of a juror's own overview: their marks by criterion id and the weighted total. */
public record MyMarkRow(
        int rank,
        String code,
        VoicePart voicePart,
        AssignmentState state,
        Map<UUID, BigDecimal> marks,
        @Nullable BigDecimal weightedTotal) {}
