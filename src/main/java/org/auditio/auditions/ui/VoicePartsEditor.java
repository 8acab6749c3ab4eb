package org.auditio.auditions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.common.ui.Notices;

/**
 * The voice parts offered, one line each: part, places, reserve. Once the call is open the list
 * is fixed, but places and reserves still change until the results are published.
 */
class VoicePartsEditor extends Composite<Div> {

    /** One line of the editor. */
    class Line extends HorizontalLayout {
        final Select<VoicePart> part = new Select<>();
        final IntegerField places = new IntegerField();
        final IntegerField reserve = new IntegerField();
        final Button remove = new Button(getTranslation("editor.remove"));

        Line(VoicePartQuota quota, boolean listFrozen) {
            part.setLabel(getTranslation("editor.voice-parts.part"));
            part.setItems(VoicePart.values());
            part.setItemLabelGenerator(p -> getTranslation("voice-part." + p.name()));
            part.setValue(quota.part());
            part.setReadOnly(listFrozen);
            places.setLabel(getTranslation("editor.voice-parts.places"));
            places.setValue(quota.places());
            places.setMin(1);
            reserve.setLabel(getTranslation("editor.voice-parts.reserve"));
            reserve.setValue(quota.reserve());
            reserve.setMin(0);
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setVisible(!listFrozen);
            remove.addClickListener(click -> {
                lines.remove(this);
                rows.remove(this);
            });
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(part, places, reserve, remove);
        }

        VoicePartQuota value() {
            return new VoicePartQuota(
                    part.getValue(),
                    Objects.requireNonNullElse(places.getValue(), 0),
                    Objects.requireNonNullElse(reserve.getValue(), 0));
        }
    }

    private final Div rows = new Div();
    final List<Line> lines = new ArrayList<>();
    final Button add = new Button();
    final Button satb = new Button();
    final Button save = new Button();

    VoicePartsEditor(AuditionDetails audition, AuditionService auditions, Consumer<AuditionDetails> saved) {
        boolean listFrozen = audition.status() != AuditionStatus.DRAFT;
        audition.voiceParts().forEach(quota -> addLine(quota, listFrozen));
        add.setText(getTranslation("editor.voice-parts.add"));
        add.addClickListener(click -> addLine(new VoicePartQuota(nextFree(), 12, 2), false));
        satb.setText(getTranslation("editor.voice-parts.satb"));
        satb.addClickListener(click -> {
            lines.clear();
            rows.removeAll();
            for (VoicePart part : List.of(VoicePart.S, VoicePart.A, VoicePart.T, VoicePart.B)) {
                addLine(new VoicePartQuota(part, 16, 4), false);
            }
        });
        add.setVisible(!listFrozen);
        satb.setVisible(!listFrozen);
        save.setText(getTranslation("editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setEnabled(audition.status() != AuditionStatus.PUBLISHED && audition.status() != AuditionStatus.ARCHIVED);
        save.addClickListener(click -> {
            if (lines.stream().anyMatch(line -> line.part.getValue() == null)) {
                Notices.error(getTranslation("editor.voice-parts.choose"));
                return;
            }
            Saving.save(
                    () -> auditions.offer(
                            audition.id(), lines.stream().map(Line::value).toList()),
                    saved);
        });
        getContent().add(new Paragraph(getTranslation("editor.voice-parts.intro")), rows);
        if (listFrozen) {
            Paragraph frozen = new Paragraph(getTranslation("editor.voice-parts.frozen"));
            frozen.addClassName("callout");
            getContent().add(frozen);
        }
        HorizontalLayout actions = new HorizontalLayout(add, satb, save);
        actions.setWrap(true);
        getContent().add(actions);
    }

    private void addLine(VoicePartQuota quota, boolean listFrozen) {
        Line line = new Line(quota, listFrozen);
        lines.add(line);
        rows.add(line);
    }

    private VoicePart nextFree() {
        List<VoicePart> used = lines.stream().map(line -> line.part.getValue()).toList();
        for (VoicePart part : VoicePart.values()) {
            if (!used.contains(part)) {
                return part;
            }
        }
        return VoicePart.S;
    }
}
