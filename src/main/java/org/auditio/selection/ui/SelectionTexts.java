package org.auditio.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.auditio.candidates.Outcome;
import org.auditio.selection.SelectionRow;

/** How a decision and its reason read on the board. */
final class SelectionTexts {

    private SelectionTexts() {}

    static String decision(Component on, SelectionRow row) {
        Outcome outcome = row.outcome();
        if (outcome == null) {
            return on.getTranslation("selection.outcome.none");
        }
        String text = outcome == Outcome.RESERVE
                ? on.getTranslation("selection.outcome.RESERVE.at", row.reservePosition())
                : on.getTranslation("selection.outcome." + outcome.name());
        return row.overridden() ? on.getTranslation("selection.outcome.overridden", text) : text;
    }

    static String reason(Component on, SelectionRow row) {
        return row.reason(on.getUI().map(UI::getLocale).orElseGet(Locale::getDefault), on::getTranslation);
    }
}
