package org.auditio.common.ui;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates, times and durations written for the reader: their language, and the zone named. */
public final class TimeTexts {

    private TimeTexts() {}

    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
    }

    /** E.g. "15 février 2019, 23:59 (Europe/Paris)". */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(instant.atZone(zone))
                + " (" + zone.getId() + ")";
    }

    /** A recording's length as musicians write it: 1:20, 12:05. */
    public static String minutesSeconds(Duration duration) {
        return duration.toMinutes() + ":" + String.format(Locale.ROOT, "%02d", duration.toSecondsPart());
    }

    /** "3 days 4 hours", "5 hours 20 minutes", "12 minutes": the two largest units only. */
    public static String duration(Duration duration) {
        UI ui = UI.getCurrent();
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = Math.max(duration.toMinutesPart(), days == 0 && hours == 0 ? 1 : 0);
        if (days > 0) {
            return ui.getTranslation("time.days-hours", days, hours);
        }
        if (hours > 0) {
            return ui.getTranslation("time.hours-minutes", hours, minutes);
        }
        return ui.getTranslation("time.minutes", minutes);
    }
}
