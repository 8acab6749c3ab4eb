package org.auditio.candidates;

import java.time.Duration;
import org.auditio.auditions.PieceSpec;
import org.auditio.media.MediaPolicy;

/**
 * What a slot accepts, for the upload field and for the media store: kinds and longest duration, and
 * the shortest under which the singer is warned.
 */
public final class SlotMediaPolicy {

    private SlotMediaPolicy() {}

    public static MediaPolicy of(PieceSpec piece) {
        MediaPolicy kinds = switch (piece.accepts()) {
            case AUDIO -> MediaPolicy.audioOnly();
            case VIDEO -> MediaPolicy.videoOnly();
            case EITHER -> MediaPolicy.either();
        };
        Duration max = piece.maxDuration();
        return kinds.lastingAtMost(max.isZero() || max.isNegative() ? null : max)
                .lastingAtLeast(piece.hasMinDuration() ? piece.minDuration() : null);
    }
}
