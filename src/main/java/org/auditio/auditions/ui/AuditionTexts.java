package org.auditio.auditions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.EligibilityRules;
import org.auditio.auditions.PieceSpec;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.common.ui.Countries;
import org.auditio.common.ui.StatusBadge;
import org.auditio.common.ui.TimeTexts;
import org.jspecify.annotations.Nullable;

/** The sentences the auditions' screens share: eligibility, a piece's rules, a voice part's places. */
final class AuditionTexts {

    private AuditionTexts() {}

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static StatusBadge status(Component on, AuditionStatus status) {
        return new StatusBadge(on.getTranslation("audition.status." + status.name()), status.name());
    }

    static String eligibility(Component on, EligibilityRules rules) {
        Locale locale = locale();
        StringBuilder text = new StringBuilder();
        if (rules.referenceDate() != null && (rules.minAge() != null || rules.maxAge() != null)) {
            String date = TimeTexts.date(rules.referenceDate(), locale);
            if (rules.minAge() != null && rules.maxAge() != null) {
                text.append(on.getTranslation(
                        "call.ages.between",
                        rules.minAge(),
                        rules.maxAge(),
                        date,
                        TimeTexts.date(rules.bornFrom(), locale),
                        TimeTexts.date(rules.bornUntil(), locale)));
            } else if (rules.minAge() != null) {
                text.append(on.getTranslation(
                        "call.ages.at-least", rules.minAge(), date, TimeTexts.date(rules.bornUntil(), locale)));
            } else {
                text.append(on.getTranslation(
                        "call.ages.at-most", rules.maxAge(), date, TimeTexts.date(rules.bornFrom(), locale)));
            }
        } else {
            text.append(on.getTranslation("call.ages.any"));
        }
        text.append(' ');
        if (rules.countries().isEmpty()) {
            text.append(on.getTranslation("call.countries.any"));
        } else {
            text.append(on.getTranslation(
                    "call.countries.listed",
                    rules.countries().stream()
                            .map(code -> Countries.name(code, locale))
                            .sorted()
                            .collect(Collectors.joining(", "))));
        }
        return text.toString();
    }

    static String piece(Component on, PieceSpec piece) {
        return on.getTranslation(
                "call.piece.rules",
                on.getTranslation("media." + piece.accepts().name()),
                TimeTexts.minutesSeconds(piece.maxDuration()),
                on.getTranslation(piece.mandatory() ? "call.piece.mandatory" : "call.piece.optional"));
    }

    static String places(Component on, VoicePartQuota quota) {
        return on.getTranslation(
                "call.voice-part.places",
                on.getTranslation("voice-part." + quota.part().name()),
                quota.places(),
                quota.reserve());
    }

    /** "Nancy · 28 January 2027 to 30 January 2027", or what of it is known. */
    static String event(Component on, String place, @Nullable LocalDate start, @Nullable LocalDate end) {
        if (start == null) {
            return place;
        }
        String dates = end == null || end.equals(start)
                ? TimeTexts.date(start, locale())
                : on.getTranslation("call.event.dates", TimeTexts.date(start, locale()), TimeTexts.date(end, locale()));
        return place.isBlank() ? dates : place + " · " + dates;
    }
}
