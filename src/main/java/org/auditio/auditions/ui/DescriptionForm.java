package org.auditio.auditions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.auditio.auditions.AuditionDescription;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.common.ui.DatePickers;

/** Titles and descriptions in both languages, the event's place and dates, blind review. */
class DescriptionForm extends Composite<Div> {

    final TextField titleEn = new TextField();
    final TextField titleFr = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionFr = new TextArea();
    final TextField place = new TextField();
    final DatePicker eventStart = DatePickers.localised(new DatePicker());
    final DatePicker eventEnd = DatePickers.localised(new DatePicker());
    final Checkbox blind = new Checkbox();
    final Button save = new Button();

    DescriptionForm(AuditionDetails audition, AuditionService auditions, Consumer<AuditionDetails> saved) {
        titleEn.setLabel(getTranslation("editor.title-en"));
        titleFr.setLabel(getTranslation("editor.title-fr"));
        descriptionEn.setLabel(getTranslation("editor.description-en"));
        descriptionFr.setLabel(getTranslation("editor.description-fr"));
        place.setLabel(getTranslation("editor.place"));
        eventStart.setLabel(getTranslation("editor.event-start"));
        eventEnd.setLabel(getTranslation("editor.event-end"));
        blind.setLabel(getTranslation("editor.blind"));
        blind.setTooltipText(getTranslation("editor.blind.help"));
        titleEn.setValue(audition.titleEn());
        titleFr.setValue(audition.titleFr());
        descriptionEn.setValue(audition.descriptionEn());
        descriptionFr.setValue(audition.descriptionFr());
        place.setValue(audition.place());
        eventStart.setValue(audition.eventStart());
        eventEnd.setValue(audition.eventEnd());
        blind.setValue(audition.blindReview());
        for (TextArea area : new TextArea[] {descriptionEn, descriptionFr}) {
            area.setMaxLength(10_000);
            area.setMinRows(4);
        }
        boolean locked = audition.status() == AuditionStatus.PUBLISHED || audition.status() == AuditionStatus.ARCHIVED;
        save.setText(getTranslation("editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setEnabled(!locked);
        save.addClickListener(click -> Saving.save(
                () -> auditions.describe(
                        audition.id(),
                        new AuditionDescription(
                                titleEn.getValue(),
                                titleFr.getValue(),
                                descriptionEn.getValue(),
                                descriptionFr.getValue(),
                                place.getValue(),
                                eventStart.getValue(),
                                eventEnd.getValue(),
                                blind.getValue())),
                saved));
        FormLayout form =
                new FormLayout(titleEn, titleFr, descriptionEn, descriptionFr, place, eventStart, eventEnd, blind);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(place, 2);
        form.setColspan(blind, 2);
        getContent().add(form, save);
    }
}
