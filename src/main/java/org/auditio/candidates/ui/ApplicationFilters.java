package org.auditio.candidates.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ApplicationFilter;
import org.auditio.candidates.ApplicationStatus;
import org.auditio.common.ui.Countries;

/** The dashboard's filters; any change reloads the list from the first page. */
class ApplicationFilters extends HorizontalLayout {

    final TextField name = new TextField();
    final Select<VoicePart> voicePart = new Select<>();
    final ComboBox<String> country = new ComboBox<>();
    final Select<ApplicationStatus> status = new Select<>();
    final IntegerField minAge = new IntegerField();
    final IntegerField maxAge = new IntegerField();

    ApplicationFilters(List<VoicePart> offered, Runnable changed) {
        name.setLabel(getTranslation("dashboard.filter.name"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        voicePart.setLabel(getTranslation("dashboard.filter.voice-part"));
        voicePart.setItems(offered);
        voicePart.setEmptySelectionAllowed(true);
        voicePart.setEmptySelectionCaption(getTranslation("dashboard.filter.all"));
        voicePart.setItemLabelGenerator(part -> part == null ? "" : getTranslation("voice-part." + part.name()));
        country.setLabel(getTranslation("dashboard.filter.country"));
        country.setItems(Countries.codes(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        country.setClearButtonVisible(true);
        status.setLabel(getTranslation("dashboard.filter.status"));
        status.setItems(ApplicationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("dashboard.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("application.status." + s.name()));
        minAge.setLabel(getTranslation("dashboard.filter.min-age"));
        maxAge.setLabel(getTranslation("dashboard.filter.max-age"));
        for (IntegerField age : List.of(minAge, maxAge)) {
            age.setWidth("7rem");
            age.setMin(0);
            age.setValueChangeMode(ValueChangeMode.LAZY);
        }
        name.addValueChangeListener(change -> changed.run());
        voicePart.addValueChangeListener(change -> changed.run());
        country.addValueChangeListener(change -> changed.run());
        status.addValueChangeListener(change -> changed.run());
        minAge.addValueChangeListener(change -> changed.run());
        maxAge.addValueChangeListener(change -> changed.run());
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(name, voicePart, country, status, minAge, maxAge);
    }

    ApplicationFilter value() {
        return new ApplicationFilter(
                voicePart.getValue(),
                country.getValue(),
                status.getValue(),
                minAge.getValue(),
                maxAge.getValue(),
                name.getValue());
    }
}
