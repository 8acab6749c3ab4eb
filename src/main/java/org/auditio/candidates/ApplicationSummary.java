package org.auditio.candidates;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One of my applications, in the list of them. */
public record ApplicationSummary(
        UUID id,
        UUID auditionId,
        String auditionTitleEn,
        String auditionTitleFr,
        ApplicationStage stage,
        Instant deadline,
        ZoneId zone,
        @Nullable Instant submittedAt) {

    public String auditionTitle(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? auditionTitleFr : auditionTitleEn;
    }
}
