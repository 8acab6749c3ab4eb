package org.auditio.auditions;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A required piece: one slot of every application, in this order. A new piece has no id yet; the
 * id then stays the same for the life of the audition, since applications refer to it.
 */
public record PieceSpec(
        @Nullable UUID id,
        String nameEn,
        String nameFr,
        String instructionsEn,
        String instructionsFr,
        AcceptedMedia accepts,
        Duration maxDuration,
        boolean mandatory) {

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameFr);
    }

    public String instructions(Locale locale) {
        return Bilingual.pick(locale, instructionsEn, instructionsFr);
    }
}
