package org.auditio.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import java.util.function.Predicate;
import org.auditio.candidates.Outcome;
import org.auditio.selection.Deliberation;
import org.auditio.selection.SelectionRow;
import org.jspecify.annotations.Nullable;

/** The chair changes one decision; the reason is required and kept with their name and the time. */
class OverrideDialog extends Dialog {

    record Change(
            UUID applicationId, Outcome outcome, @Nullable Integer reservePosition, String reason) {}

    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>();
    final IntegerField position = new IntegerField();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    OverrideDialog(SelectionRow row, Predicate<Change> apply) {
        setHeaderTitle(getTranslation("selection.override.title", row.name()));
        outcome.setLabel(getTranslation("selection.override.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("selection.outcome." + o.name()));
        outcome.setValue(row.outcome() == null ? Outcome.SELECTED : row.outcome());
        position.setLabel(getTranslation("selection.override.position"));
        position.setHelperText(getTranslation("selection.override.position.help"));
        position.setMin(1);
        position.setValue(row.reservePosition());
        position.setVisible(outcome.getValue() == Outcome.RESERVE);
        outcome.addValueChangeListener(change -> position.setVisible(change.getValue() == Outcome.RESERVE));
        reason.setLabel(getTranslation("selection.override.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Deliberation.MAX_REASON);
        reason.setWidthFull();
        save.setText(getTranslation("selection.override.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("selection.override.reason-required"));
                reason.focus();
                return;
            }
            Change change = new Change(
                    row.applicationId(),
                    outcome.getValue(),
                    outcome.getValue() == Outcome.RESERVE ? position.getValue() : null,
                    reason.getValue());
            if (apply.test(change)) {
                close();
            }
        });
        Button cancel = new Button(getTranslation("selection.cancel"), click -> close());
        add(new Paragraph(getTranslation("selection.override.text")), outcome, position, reason);
        getFooter().add(cancel, save);
        setWidth("min(36rem, 100vw)");
    }
}
