package org.auditio.jury.ui;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.auditio.jury.AssignmentState;
import org.jspecify.annotations.Nullable;

/** Translated labels shared by the jury screens. */
final class JuryLabels {

    private JuryLabels() {}

    static String state(AssignmentState state) {
        return UI.getCurrent().getTranslation("jury.state." + state.name().toLowerCase(Locale.ROOT));
    }

    static String number(@Nullable Number value, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value instanceof BigDecimal big ? big.doubleValue() : value.doubleValue());
    }

    static String time(int seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
