package org.auditio.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The user's time zone, as the browser reports it. Asked once per session; until the answer
 * comes, screens show times in the zone the organiser named, which they also always name.
 */
public final class BrowserTimeZone {

    private static final String ATTRIBUTE = BrowserTimeZone.class.getName();

    private BrowserTimeZone() {}

    /** Calls back with the user's zone: at once if known, else when the browser answers. */
    public static void whenKnown(UI ui, Consumer<ZoneId> callback) {
        VaadinSession session = ui.getSession();
        Object known = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (known instanceof ZoneId zone) {
            callback.accept(zone);
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone = parse(details.getTimeZoneId());
            if (zone != null) {
                if (session != null) {
                    session.setAttribute(ATTRIBUTE, zone);
                }
                callback.accept(zone);
            }
        });
    }

    private static ZoneId parse(String id) {
        try {
            return id == null || id.isBlank() ? null : ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return null;
        }
    }
}
