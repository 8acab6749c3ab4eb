package org.auditio;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.auditio.accounts.RegistrationRequested;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/**
 * The registration links the application mails, caught as it publishes them, so that fixtures can
 * open accounts the way candidates do without waiting for the mail. Tests of the mail itself read it
 * from GreenMail or the outbox.
 */
@TestComponent
public class RegistrationLinks {

    private static final Map<String, String> LINKS = new ConcurrentHashMap<>();

    @EventListener
    void on(RegistrationRequested event) {
        LINKS.put(event.email().toLowerCase(Locale.ROOT), event.link());
    }

    /** The secret of the newest link sent to that address. */
    public static String secretFor(String email) {
        String link = LINKS.get(email.strip().toLowerCase(Locale.ROOT));
        if (link == null) {
            throw new IllegalStateException("No registration link was sent to " + email
                    + ": does the test's context import RegistrationLinks (through Fixtures)?");
        }
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
