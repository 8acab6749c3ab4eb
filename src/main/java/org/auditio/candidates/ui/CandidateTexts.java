package org.auditio.candidates.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.auditio.auditions.Ineligibility;
import org.auditio.auditions.PieceSpec;
import org.auditio.candidates.ApplicationStage;
import org.auditio.common.ui.Countries;
import org.auditio.common.ui.StatusBadge;
import org.auditio.common.ui.TimeTexts;

/** The sentences the candidates' screens share: why one may not apply, a piece's rules, a stage. */
final class CandidateTexts {

    private CandidateTexts() {}

    static String reason(Ineligibility reason) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        return switch (reason) {
            case Ineligibility.AgeOutOfRange age
            when age.bornFrom() != null && age.bornUntil() != null ->
                ui.getTranslation(
                        "apply.reason.born-between",
                        TimeTexts.date(age.bornFrom(), locale),
                        TimeTexts.date(age.bornUntil(), locale),
                        age.minAge(),
                        age.maxAge(),
                        TimeTexts.date(age.referenceDate(), locale));
            case Ineligibility.AgeOutOfRange age
            when age.bornUntil() != null ->
                ui.getTranslation("apply.reason.born-until", TimeTexts.date(age.bornUntil(), locale));
            case Ineligibility.AgeOutOfRange age ->
                ui.getTranslation("apply.reason.born-from", TimeTexts.date(age.bornFrom(), locale));
            case Ineligibility.CountryNotEligible country ->
                ui.getTranslation("apply.reason.country", Countries.name(country.country(), locale));
        };
    }

    static String rules(PieceSpec piece) {
        UI ui = UI.getCurrent();
        return ui.getTranslation(
                "call.piece.rules",
                ui.getTranslation("media." + piece.accepts().name()),
                TimeTexts.minutesSeconds(piece.maxDuration()),
                ui.getTranslation(piece.mandatory() ? "call.piece.mandatory" : "call.piece.optional"));
    }

    static StatusBadge stage(ApplicationStage stage) {
        return new StatusBadge(UI.getCurrent().getTranslation("application.stage." + stage.name()), stage.name());
    }
}
