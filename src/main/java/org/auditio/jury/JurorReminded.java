package org.auditio.jury;

import java.util.Locale;
import java.util.UUID;

/** An organiser reminded a juror who is behind; the notifications module mails them in their language. */
public record JurorReminded(
        UUID auditionId,
        String email,
        String displayName,
        Locale language,
        String auditionTitleEn,
        String auditionTitleFr,
        int done,
        int assigned) {

    public String auditionTitle() {
        return JuryTexts.pick(language, auditionTitleEn, auditionTitleFr);
    }
}
