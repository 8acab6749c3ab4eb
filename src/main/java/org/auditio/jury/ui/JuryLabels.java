package org.auditio.jury.ui;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.auditio.auditions.VoicePart;
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

    /** A mark or a scale bound as typed in the user's language: 7,5 in French, 7.5 in English. */
    static String mark(BigDecimal value, Locale locale) {
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return value.stripTrailingZeros().toPlainString().replace('.', separator);
    }

    /** A voice part by its name in the user's language (Soprano 1, Ténor …). */
    static String voicePart(VoicePart part) {
        return UI.getCurrent().getTranslation("voice-part." + part.name());
    }

    static String time(int seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
