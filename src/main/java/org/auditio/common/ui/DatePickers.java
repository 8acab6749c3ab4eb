package org.auditio.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers in the reader's language: month and day names, first day of the week, buttons. */
public final class DatePickers {

    private DatePickers() {}

    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        UI ui = UI.getCurrent();
        List<String> months = Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList();
        // The component counts days from Sunday.
        List<DayOfWeek> fromSunday = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream()
                        .map(day -> day.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(1)
                .setToday(ui.getTranslation("date-picker.today"))
                .setCancel(ui.getTranslation("date-picker.cancel"));
    }

    public static DatePicker localised(DatePicker picker) {
        Locale locale = UI.getCurrent().getLocale();
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        return picker;
    }
}
