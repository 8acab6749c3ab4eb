package org.auditio.selection;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.Outcome;
import org.auditio.common.ui.Countries;
import org.auditio.selection.domain.SelectionAssistant;
import org.jspecify.annotations.Nullable;

/**
 * One applicant on the selection board: their place in the ranking (section rank 0 when unranked),
 * the decision (none before the assistant first ran), why they are not selected, and who overrode it.
 */
public record SelectionRow(
        UUID applicationId,
        String name,
        @Nullable String country,
        VoicePart voicePart,
        int sectionRank,
        @Nullable Double score,
        @Nullable Outcome outcome,
        @Nullable Integer reservePosition,
        @Nullable String reasonKey,
        List<String> reasonArguments,
        boolean overridden,
        @Nullable String overrideReason,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    public SelectionRow {
        reasonArguments = List.copyOf(reasonArguments);
    }

    public VoicePart section() {
        return voicePart.section();
    }

    public boolean ranked() {
        return sectionRank > 0;
    }

    /**
     * Why, in words: the chair's reason with who gave it, else the assistant's, its voice-part and
     * country arguments named in {@code locale}, the language of {@code translate} (key, arguments →
     * text).
     */
    public String reason(Locale locale, BiFunction<String, Object[], String> translate) {
        if (overridden) {
            return translate.apply("selection.reason.override", new Object[] {overrideReason, decidedBy});
        }
        if (reasonKey == null) {
            return "";
        }
        Object[] named = reasonArguments.stream()
                .map(argument ->
                        Arrays.stream(VoicePart.values()).anyMatch(p -> p.name().equals(argument))
                                ? translate.apply("voice-part." + argument, new Object[0])
                                : argument)
                .toArray();
        // A country cap names the country first, by its ISO code.
        if (reasonKey.startsWith(SelectionAssistant.COUNTRY_CAP) && named.length > 0) {
            named[0] = Countries.name(reasonArguments.getFirst(), locale);
        }
        return translate.apply(reasonKey, named);
    }
}
