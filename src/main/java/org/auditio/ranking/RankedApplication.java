package org.auditio.ranking;

import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/**
 * One application's place: its rank in its section (S, A, T, B) and overall, 1 first. An
 * application with too few marks has no score and no rank (0): it is flagged, not ranked.
 */
public record RankedApplication(
        UUID applicationId,
        String code,
        VoicePart section,
        int sectionRank,
        int overallRank,
        @Nullable Double score,
        int jurors,
        boolean tooFewMarks) {

    public boolean ranked() {
        return score != null;
    }
}
