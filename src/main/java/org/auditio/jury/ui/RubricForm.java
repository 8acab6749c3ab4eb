package org.auditio.jury.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.auditio.auditions.CriterionSpec;
import org.auditio.common.UserError;
import org.auditio.jury.ScoreSheet;
import org.jspecify.annotations.Nullable;

/**
 * One field per criterion, numbered and with the id criterion-n for Alt+n, its scale in the helper text. Marks are typed
 * as the juror writes numbers: 7,5 as well as 7.5 (a number input drops the French comma and
 * 7,5 became 75). Focusing a field selects its mark, so typing replaces it. Each mark is saved as
 * soon as it changes; the form remembers the version each mark had on screen.
 */
class RubricForm extends Composite<Div> {

    /** Saves one mark; returns the saved mark (with its new version). */
    interface MarkSaver {
        ScoreSheet.CriterionMark save(UUID criterionId, @Nullable BigDecimal value, @Nullable Long seenVersion);
    }

    final Map<UUID, TextField> fields = new LinkedHashMap<>();
    private final Map<UUID, @Nullable Long> versions = new LinkedHashMap<>();
    private final Locale locale;
    private boolean loading;

    RubricForm(List<ScoreSheet.CriterionMark> rubric, Locale locale, MarkSaver saver, ErrorSink errors) {
        this.locale = locale;
        getContent().addClassName("rubric");
        int index = 1;
        for (ScoreSheet.CriterionMark mark : rubric) {
            CriterionSpec criterion = mark.criterion();
            UUID id = criterion.id();
            if (id == null) {
                continue;
            }
            TextField field = new TextField(index + ". " + criterion.label(locale));
            field.setAllowedCharPattern("[0-9.,]");
            field.setAutoselect(true);
            field.setHelperText(getTranslation(
                    "jury.rubric.scale",
                    JuryLabels.mark(criterion.scaleMin(), locale),
                    JuryLabels.mark(criterion.scaleMax(), locale),
                    JuryLabels.mark(criterion.step(), locale),
                    JuryLabels.mark(criterion.weight(), locale)));
            field.setId("criterion-" + index);
            fields.put(id, field);
            versions.put(id, mark.version());
            show(field, mark.value());
            field.addValueChangeListener(event -> {
                if (loading || event.getValue().isBlank()) {
                    return;
                }
                try {
                    BigDecimal value =
                            parse(event.getValue()).orElseThrow(() -> new UserError("jury.mark.not-a-number"));
                    ScoreSheet.CriterionMark saved = saver.save(id, value, versions.get(id));
                    versions.put(id, saved.version());
                    field.setInvalid(false);
                } catch (UserError refused) {
                    field.setInvalid(true);
                    field.setErrorMessage(errors.show(refused));
                }
            });
            getContent().add(field);
            index++;
        }
    }

    /** Whether a typed mark was refused and is still on screen: moving on now would lose it. */
    boolean holdsRefusedMark() {
        return fields.values().stream().anyMatch(TextField::isInvalid);
    }

    /** A mark as a juror types it, with a decimal comma or point; empty when it is no number. */
    static Optional<BigDecimal> parse(String typed) {
        String plain = typed.strip().replace(',', '.');
        try {
            return plain.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * After a refusal for a stale version: the screen now knows the current versions, and a mark
     * changed elsewhere shows its stored value (the juror's own is in the error message), so the
     * juror sees what would be submitted and can type theirs again.
     */
    void knowVersions(List<ScoreSheet.CriterionMark> current) {
        current.forEach(m -> {
            UUID id = m.criterion().id();
            if (id != null && fields.containsKey(id) && !Objects.equals(versions.get(id), m.version())) {
                versions.put(id, m.version());
                show(fields.get(id), m.value());
            }
        });
    }

    private void show(TextField field, @Nullable BigDecimal value) {
        loading = true;
        try {
            field.setValue(value == null ? "" : JuryLabels.mark(value, locale));
        } finally {
            loading = false;
        }
    }

    /** Shows an error in the user's language and returns its text. */
    interface ErrorSink {
        String show(UserError error);
    }
}
