package org.auditio.auditions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.CriterionSpec;
import org.jspecify.annotations.Nullable;

/** The rubric: one line per criterion with its labels, weight and scale. Frozen once the call is open. */
class RubricEditor extends Composite<Div> {

    /** One criterion. */
    class Line extends HorizontalLayout {
        private final @Nullable UUID id;
        final TextField labelEn = new TextField(getTranslation("editor.rubric.label-en"));
        final TextField labelFr = new TextField(getTranslation("editor.rubric.label-fr"));
        final BigDecimalField weight = new BigDecimalField(getTranslation("editor.rubric.weight"));
        final BigDecimalField min = new BigDecimalField(getTranslation("editor.rubric.min"));
        final BigDecimalField max = new BigDecimalField(getTranslation("editor.rubric.max"));
        final BigDecimalField step = new BigDecimalField(getTranslation("editor.rubric.step"));
        final Button remove = new Button(getTranslation("editor.remove"));

        Line(CriterionSpec criterion, boolean frozen) {
            this.id = criterion.id();
            labelEn.setValue(criterion.labelEn());
            labelFr.setValue(criterion.labelFr());
            weight.setValue(criterion.weight());
            min.setValue(criterion.scaleMin());
            max.setValue(criterion.scaleMax());
            step.setValue(criterion.step());
            for (BigDecimalField number : List.of(weight, min, max, step)) {
                number.setWidth("6rem");
                number.setReadOnly(frozen);
            }
            labelEn.setReadOnly(frozen);
            labelFr.setReadOnly(frozen);
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setVisible(!frozen);
            remove.addClickListener(click -> {
                lines.remove(this);
                rows.remove(this);
            });
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(labelEn, labelFr, weight, min, max, step, remove);
        }

        CriterionSpec value() {
            return new CriterionSpec(
                    id,
                    labelEn.getValue(),
                    labelFr.getValue(),
                    Objects.requireNonNullElse(weight.getValue(), BigDecimal.ZERO),
                    Objects.requireNonNullElse(min.getValue(), BigDecimal.ZERO),
                    Objects.requireNonNullElse(max.getValue(), BigDecimal.ZERO),
                    Objects.requireNonNullElse(step.getValue(), BigDecimal.ZERO));
        }
    }

    private final Div rows = new Div();
    final List<Line> lines = new ArrayList<>();
    final Button add = new Button();
    final Button save = new Button();

    RubricEditor(AuditionDetails audition, AuditionService auditions, Consumer<AuditionDetails> saved) {
        boolean frozen = audition.status() != AuditionStatus.DRAFT;
        audition.criteria().forEach(criterion -> addLine(criterion, frozen));
        add.setText(getTranslation("editor.rubric.add"));
        add.addClickListener(click -> addLine(
                new CriterionSpec(null, "", "", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("0.5")),
                false));
        save.setText(getTranslation("editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> Saving.save(
                () -> auditions.useRubric(
                        audition.id(), lines.stream().map(Line::value).toList()),
                saved));
        getContent().add(new Paragraph(getTranslation("editor.rubric.intro")), rows);
        if (frozen) {
            Paragraph note = new Paragraph(getTranslation("editor.rubric.frozen"));
            note.addClassName("callout");
            getContent().add(note);
        } else {
            getContent().add(new HorizontalLayout(add, save));
        }
    }

    private void addLine(CriterionSpec criterion, boolean frozen) {
        Line line = new Line(criterion, frozen);
        lines.add(line);
        rows.add(line);
    }
}
