package org.auditio.candidates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.ZoneId;
import java.util.Locale;
import org.auditio.candidates.SlotView;
import org.auditio.common.ui.TimeTexts;

/** One piece to record: its rules, and whether a recording is in place. */
class SlotCard extends Section {

    final Paragraph state = new Paragraph();
    final Button placeholder = new Button();

    SlotCard(SlotView slot, ZoneId zone, boolean changeable, boolean placeholders) {
        Locale locale = getLocale();
        addClassName("card");
        addClassName("slot");
        addClassName(slot.filled() ? "slot-filled" : "slot-empty");
        add(new H3((slot.position() + 1) + ". " + slot.piece().name(locale)));
        if (!slot.piece().instructions(locale).isBlank()) {
            add(new Paragraph(slot.piece().instructions(locale)));
        }
        Paragraph rules = new Paragraph(CandidateTexts.rules(slot.piece()));
        rules.addClassName("muted");
        add(rules);
        state.setText(
                slot.filled() && slot.attachedAt() != null
                        ? getTranslation("application.slot.filled", TimeTexts.dateTime(slot.attachedAt(), zone, locale))
                        : getTranslation("application.slot.empty"));
        state.addClassName("slot-state");
        add(state);
        placeholder.setText(getTranslation(
                slot.filled() ? "application.slot.replace-placeholder" : "application.slot.placeholder"));
        placeholder.addThemeVariants(ButtonVariant.SMALL);
        placeholder.setVisible(changeable && placeholders);
        add(placeholder);
    }
}
