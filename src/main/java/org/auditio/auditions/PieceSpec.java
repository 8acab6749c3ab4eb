package org.auditio.auditions;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A required piece: one slot of every application, in this order. A new piece has no id yet; the
 * id then stays the same for the life of the audition, since applications refer to it. {@code
 * minDuration} is zero when the piece sets no minimum.
 */
public record PieceSpec(
        @Nullable UUID id,
        String nameEn,
        String nameFr,
        String instructionsEn,
        String instructionsFr,
        AcceptedMedia accepts,
        Duration maxDuration,
        boolean mandatory,
        Duration minDuration) {

    /** A piece without a minimum length. */
    public PieceSpec(
            @Nullable UUID id,
            String nameEn,
            String nameFr,
            String instructionsEn,
            String instructionsFr,
            AcceptedMedia accepts,
            Duration maxDuration,
            boolean mandatory) {
        this(id, nameEn, nameFr, instructionsEn, instructionsFr, accepts, maxDuration, mandatory, Duration.ZERO);
    }

    /** Whether a shortest length is set (a shorter recording is kept with a warning). */
    public boolean hasMinDuration() {
        return minDuration.compareTo(Duration.ZERO) > 0;
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameFr);
    }

    public String instructions(Locale locale) {
        return Bilingual.pick(locale, instructionsEn, instructionsFr);
    }
}
