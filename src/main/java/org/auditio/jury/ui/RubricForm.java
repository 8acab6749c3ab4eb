package org.auditio.jury.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.NumberField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.auditio.auditions.CriterionSpec;
import org.auditio.jury.ScoreSheet;
import org.jspecify.annotations.Nullable;

/**
 * One number field per criterion, honouring its scale (min, max, step), numbered for Alt+digit.
 * Each mark is saved as soon as it changes; the form remembers the version each mark had on screen.
 */
class RubricForm extends Composite<Div> {

    /** Saves one mark; returns the saved mark (with its new version). */
    interface MarkSaver {
        ScoreSheet.CriterionMark save(UUID criterionId, @Nullable BigDecimal value, @Nullable Long seenVersion);
    }

    final Map<UUID, NumberField> fields = new LinkedHashMap<>();
    private final Map<UUID, @Nullable Long> versions = new LinkedHashMap<>();
    private final List<UUID> order = new ArrayList<>();
    private boolean loading;

    RubricForm(List<ScoreSheet.CriterionMark> rubric, Locale locale, MarkSaver saver, ErrorSink errors) {
        getContent().addClassName("rubric");
        int index = 1;
        for (ScoreSheet.CriterionMark mark : rubric) {
            CriterionSpec criterion = mark.criterion();
            UUID id = criterion.id();
            if (id == null) {
                continue;
            }
            NumberField field = new NumberField(index + ". " + criterion.label(locale));
            field.setMin(criterion.scaleMin().doubleValue());
            field.setMax(criterion.scaleMax().doubleValue());
            field.setStep(criterion.step().doubleValue());
            field.setStepButtonsVisible(true);
            field.setHelperText(getTranslation(
                    "jury.rubric.scale",
                    criterion.scaleMin().toPlainString(),
                    criterion.scaleMax().toPlainString(),
                    criterion.step().toPlainString(),
                    criterion.weight().stripTrailingZeros().toPlainString()));
            field.setId("criterion-" + index);
            fields.put(id, field);
            versions.put(id, mark.version());
            order.add(id);
            loading = true;
            field.setValue(mark.value() == null ? null : mark.value().doubleValue());
            loading = false;
            field.addValueChangeListener(event -> {
                if (loading || event.getValue() == null) {
                    return;
                }
                try {
                    ScoreSheet.CriterionMark saved =
                            saver.save(id, BigDecimal.valueOf(event.getValue()), versions.get(id));
                    versions.put(id, saved.version());
                    field.setInvalid(false);
                } catch (org.auditio.common.UserError refused) {
                    field.setInvalid(true);
                    field.setErrorMessage(errors.show(refused));
                }
            });
            getContent().add(field);
            index++;
        }
    }

    /** After a refusal for a stale version: the screen now knows the current versions. */
    void knowVersions(List<ScoreSheet.CriterionMark> current) {
        current.forEach(m -> {
            if (m.criterion().id() != null) {
                versions.put(m.criterion().id(), m.version());
            }
        });
    }

    void focus(int number) {
        if (number >= 1 && number <= order.size()) {
            fields.get(order.get(number - 1)).focus();
        }
    }

    /** Shows an error in the user's language and returns its text. */
    interface ErrorSink {
        String show(org.auditio.common.UserError error);
    }
}
