package org.auditio.auditions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.EligibilityRules;
import org.auditio.common.ui.Countries;
import org.auditio.common.ui.DatePickers;

/** Who may apply: an age range on a reference date, and optionally a list of countries. */
class EligibilityForm extends Composite<Div> {

    final IntegerField minAge = new IntegerField();
    final IntegerField maxAge = new IntegerField();
    final DatePicker referenceDate = DatePickers.localised(new DatePicker());
    final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    final Button save = new Button();

    EligibilityForm(AuditionDetails audition, AuditionService auditions, Consumer<AuditionDetails> saved) {
        EligibilityRules rules = audition.eligibility();
        minAge.setLabel(getTranslation("editor.eligibility.min-age"));
        maxAge.setLabel(getTranslation("editor.eligibility.max-age"));
        referenceDate.setLabel(getTranslation("editor.eligibility.reference-date"));
        referenceDate.setHelperText(getTranslation("editor.eligibility.reference-date-help"));
        countries.setLabel(getTranslation("editor.eligibility.countries"));
        countries.setHelperText(getTranslation("editor.eligibility.countries-help"));
        countries.setItems(Countries.codes(getLocale()));
        countries.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        for (IntegerField age : new IntegerField[] {minAge, maxAge}) {
            age.setMin(0);
            age.setMax(EligibilityRules.OLDEST_AGE);
            age.setStepButtonsVisible(true);
        }
        minAge.setValue(rules.minAge());
        maxAge.setValue(rules.maxAge());
        referenceDate.setValue(rules.referenceDate());
        countries.setValue(rules.countries());
        save.setText(getTranslation("editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> Saving.save(
                () -> auditions.restrict(
                        audition.id(),
                        new EligibilityRules(
                                minAge.getValue(), maxAge.getValue(), referenceDate.getValue(), countries.getValue())),
                saved));
        FormLayout form = new FormLayout(minAge, maxAge, referenceDate, countries);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        form.setColspan(countries, 3);
        getContent().add(form);
        if (audition.status() == AuditionStatus.DRAFT) {
            getContent().add(save);
        } else {
            minAge.setReadOnly(true);
            maxAge.setReadOnly(true);
            referenceDate.setReadOnly(true);
            countries.setReadOnly(true);
            Paragraph frozen = new Paragraph(getTranslation("editor.eligibility.frozen"));
            frozen.addClassName("callout");
            getContent().add(frozen);
        }
    }
}
