package org.auditio.ranking;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/**
 * One juror against the panel, labelled J1, J2 … in seat order. Severity: mean and standard
 * deviation of their weighted scores and their offset, the mean difference from the other jurors on
 * the same applications (negative: harsher). Agreement: correlation with the others' mean.
 * Leave-one-out: how far the ranking moves without them (largest rank move; per section, how many
 * of the top N by places leave it). {@code normalised} false: the z-score kept their raw scores.
 */
public record JurorStanding(
        UUID jurorId,
        String label,
        boolean chair,
        int scores,
        @Nullable Double mean,
        @Nullable Double sd,
        @Nullable Double offset,
        @Nullable Double agreement,
        boolean normalised,
        int maxDisplacement,
        Map<VoicePart, Integer> topChanges,
        List<Double> scoreValues) {

    public JurorStanding {
        topChanges = Map.copyOf(topChanges);
        scoreValues = List.copyOf(scoreValues);
    }

    public int topChangesTotal() {
        return topChanges.values().stream().mapToInt(Integer::intValue).sum();
    }
}
