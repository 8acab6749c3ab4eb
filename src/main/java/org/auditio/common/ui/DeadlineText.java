package org.auditio.common.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A deadline: the time left, the deadline in the zone the organiser named, and, once the browser
 * has said where the user is, the same deadline in the user's own time.
 */
public class DeadlineText extends Div {

    private final Span local = new Span();

    public DeadlineText(Instant deadline, ZoneId zone, Clock clock) {
        addClassName("deadline");
        Locale locale = getLocale();
        Instant now = clock.instant();
        Span countdown = new Span(
                now.isBefore(deadline)
                        ? getTranslation("deadline.closes-in", TimeTexts.duration(Duration.between(now, deadline)))
                        : getTranslation("deadline.closed"));
        countdown.addClassName("countdown");
        Span official = new Span(getTranslation("deadline.at", TimeTexts.dateTime(deadline, zone, locale)));
        local.setVisible(false);
        add(countdown, official, local);
        addAttachListener(attach -> BrowserTimeZone.whenKnown(attach.getUI(), userZone -> {
            if (!userZone.getRules().equals(zone.getRules())) {
                local.setText(getTranslation("deadline.your-time", TimeTexts.dateTime(deadline, userZone, locale)));
                local.setVisible(true);
            }
        }));
    }
}
