package org.auditio.auditions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.common.ui.DatePickers;

/** When applications open and close, as local times in a named zone. Frozen once the call is open. */
class WindowForm extends Composite<Div> {

    /** Region/City zones only: what people recognise, without the legacy aliases. */
    private static final Pattern REGION_CITY =
            Pattern.compile("^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final ComboBox<String> zone = new ComboBox<>();
    final Button save = new Button();

    WindowForm(AuditionDetails audition, AuditionService auditions, Consumer<AuditionDetails> saved) {
        for (DateTimePicker picker : List.of(opens, closes)) {
            picker.setLocale(getLocale());
            picker.setDatePickerI18n(DatePickers.i18n(getLocale()));
            picker.setStep(Duration.ofMinutes(30));
            picker.setHelperText(getTranslation("editor.window.time-help"));
        }
        opens.setLabel(getTranslation("editor.window.opens"));
        closes.setLabel(getTranslation("editor.window.closes"));
        zone.setLabel(getTranslation("editor.window.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream()
                .filter(id -> REGION_CITY.matcher(id).matches() || id.equals("UTC"))
                .sorted()
                .toList());
        zone.setValue(audition.zone().getId());
        ApplicationWindow window = audition.window();
        if (window != null) {
            opens.setValue(window.localOpens().toLocalDateTime());
            closes.setValue(window.localCloses().toLocalDateTime());
        }
        boolean draft = audition.status() == AuditionStatus.DRAFT;
        save.setText(getTranslation("editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> Saving.save(
                () -> auditions.schedule(
                        audition.id(),
                        opens.getValue(),
                        closes.getValue(),
                        zone.getValue() == null ? null : ZoneId.of(zone.getValue())),
                saved));
        FormLayout form = new FormLayout(opens, closes, zone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        getContent().add(new Paragraph(getTranslation("editor.window.intro")), form);
        if (draft) {
            getContent().add(save);
        } else {
            opens.setReadOnly(true);
            closes.setReadOnly(true);
            zone.setReadOnly(true);
            Paragraph frozen = new Paragraph(getTranslation("editor.window.frozen"));
            frozen.addClassName("callout");
            getContent().add(frozen);
        }
    }
}
