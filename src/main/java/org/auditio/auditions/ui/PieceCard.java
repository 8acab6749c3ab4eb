package org.auditio.auditions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditio.auditions.AcceptedMedia;
import org.auditio.auditions.PieceSpec;
import org.auditio.common.ui.TimeTexts;
import org.jspecify.annotations.Nullable;

/** One required piece in the editor: names and instructions in both languages, media, length, required. */
class PieceCard extends Section {

    private static final Pattern MINUTES_SECONDS = Pattern.compile("^\\s*(\\d{1,2})(?::([0-5]\\d))?\\s*$");

    private final @Nullable UUID id;
    private final H3 heading = new H3();
    final TextField nameEn = new TextField();
    final TextField nameFr = new TextField();
    final TextArea instructionsEn = new TextArea();
    final TextArea instructionsFr = new TextArea();
    final Select<AcceptedMedia> accepts = new Select<>();
    final TextField maxDuration = new TextField();
    final TextField minDuration = new TextField();
    final Checkbox mandatory = new Checkbox();
    final Button up = new Button();
    final Button down = new Button();
    final Button remove = new Button();

    PieceCard(PieceSpec piece, boolean frozen) {
        this.id = piece.id();
        addClassName("card");
        nameEn.setLabel(getTranslation("editor.pieces.name-en"));
        nameFr.setLabel(getTranslation("editor.pieces.name-fr"));
        instructionsEn.setLabel(getTranslation("editor.pieces.instructions-en"));
        instructionsFr.setLabel(getTranslation("editor.pieces.instructions-fr"));
        accepts.setLabel(getTranslation("editor.pieces.accepts"));
        accepts.setItems(AcceptedMedia.values());
        accepts.setItemLabelGenerator(kind -> getTranslation("media." + kind.name()));
        maxDuration.setLabel(getTranslation("editor.pieces.max-duration"));
        maxDuration.setHelperText(getTranslation("editor.pieces.max-duration-help"));
        minDuration.setLabel(getTranslation("editor.pieces.min-duration"));
        minDuration.setHelperText(getTranslation("editor.pieces.min-duration-help"));
        mandatory.setLabel(getTranslation("editor.pieces.mandatory"));
        nameEn.setValue(piece.nameEn());
        nameFr.setValue(piece.nameFr());
        instructionsEn.setValue(piece.instructionsEn());
        instructionsFr.setValue(piece.instructionsFr());
        accepts.setValue(piece.accepts());
        maxDuration.setValue(TimeTexts.minutesSeconds(piece.maxDuration()));
        minDuration.setValue(piece.hasMinDuration() ? TimeTexts.minutesSeconds(piece.minDuration()) : "");
        mandatory.setValue(piece.mandatory());
        up.setText(getTranslation("editor.move-up"));
        down.setText(getTranslation("editor.move-down"));
        remove.setText(getTranslation("editor.remove"));
        for (Button button : new Button[] {up, down, remove}) {
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.setVisible(!frozen);
        }
        FormLayout form = new FormLayout(
                nameEn, nameFr, instructionsEn, instructionsFr, accepts, maxDuration, minDuration, mandatory);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        nameEn.setReadOnly(frozen);
        nameFr.setReadOnly(frozen);
        instructionsEn.setReadOnly(frozen);
        instructionsFr.setReadOnly(frozen);
        accepts.setReadOnly(frozen);
        maxDuration.setReadOnly(frozen);
        minDuration.setReadOnly(frozen);
        mandatory.setReadOnly(frozen);
        add(heading, form, new HorizontalLayout(up, down, remove));
    }

    void number(int position) {
        heading.setText(getTranslation("editor.pieces.number", position));
    }

    /** The piece as typed; empty, with the field marked, when a length cannot be read. */
    Optional<PieceSpec> value() {
        Optional<Duration> longest = length(maxDuration, false);
        Optional<Duration> shortest = length(minDuration, true);
        if (longest.isEmpty() || shortest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PieceSpec(
                id,
                nameEn.getValue(),
                nameFr.getValue(),
                instructionsEn.getValue(),
                instructionsFr.getValue(),
                accepts.getValue() == null ? AcceptedMedia.EITHER : accepts.getValue(),
                longest.get(),
                mandatory.getValue(),
                shortest.get()));
    }

    /** Minutes:seconds from a field; an optional one left empty is zero (none). */
    private Optional<Duration> length(TextField field, boolean optional) {
        if (optional && field.getValue().isBlank()) {
            field.setInvalid(false);
            return Optional.of(Duration.ZERO);
        }
        Matcher length = MINUTES_SECONDS.matcher(field.getValue());
        if (!length.matches()) {
            field.setErrorMessage(getTranslation("editor.pieces.max-duration-invalid"));
            field.setInvalid(true);
            return Optional.empty();
        }
        field.setInvalid(false);
        Duration minutes = Duration.ofMinutes(Long.parseLong(length.group(1)));
        return Optional.of(length.group(2) == null ? minutes : minutes.plusSeconds(Long.parseLong(length.group(2))));
    }
}
