package org.auditio.jury;

import java.util.Locale;
import java.util.UUID;
import org.auditio.auditions.AuditionStatus;

/** An audition whose jury the current juror sits on, with their own progress. */
public record MyPanel(
        UUID auditionId,
        String titleEn,
        String titleFr,
        AuditionStatus status,
        boolean scoringOpen,
        int assigned,
        int done) {

    public String title(Locale locale) {
        return JuryTexts.pick(locale, titleEn, titleFr);
    }
}
