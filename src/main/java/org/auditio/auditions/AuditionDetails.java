package org.auditio.auditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An audition as screens and other modules see it. {@code status} is the effective one at the
 * time of reading: an open audition past its deadline reads CLOSED even before the sweep records it.
 */
public record AuditionDetails(
        UUID id,
        UUID organisationId,
        String organisationName,
        AuditionStatus status,
        String titleEn,
        String titleFr,
        String descriptionEn,
        String descriptionFr,
        String place,
        @Nullable LocalDate eventStart,
        @Nullable LocalDate eventEnd,
        @Nullable ApplicationWindow window,
        ZoneId zone,
        EligibilityRules eligibility,
        boolean blindReview,
        List<VoicePartQuota> voiceParts,
        List<PieceSpec> pieces,
        List<CriterionSpec> criteria,
        boolean acceptingApplications,
        List<String> missingForOpening) {

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleEn, titleFr);
    }

    public String description(Locale locale) {
        return Bilingual.pick(locale, descriptionEn, descriptionFr);
    }

    public boolean offers(VoicePart part) {
        return voiceParts.stream().anyMatch(quota -> quota.part() == part);
    }

    public List<VoicePart> offeredParts() {
        return voiceParts.stream().map(VoicePartQuota::part).toList();
    }
}
