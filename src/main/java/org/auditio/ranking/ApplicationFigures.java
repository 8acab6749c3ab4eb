package org.auditio.ranking;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the chair should know about one application beside its rank: the rule that separated it from
 * an equal neighbour, whether the trimmed mean fell back to the plain mean (too few jurors), and how
 * much its jurors disagree (standard deviation, lowest and highest score; none below two scores),
 * flagged when it is among the most disputed.
 */
public record ApplicationFigures(
        UUID applicationId,
        String code,
        TieBreak tieBrokenBy,
        boolean plainMean,
        @Nullable Double sd,
        @Nullable Double low,
        @Nullable Double high,
        boolean disputed) {

    public @Nullable Double range() {
        return low == null || high == null ? null : high - low;
    }
}
