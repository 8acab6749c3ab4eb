package org.auditio.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.auditio.common.UserError;

/** Short-lived messages after an action, announced to screen readers by the notification. */
public final class Notices {

    private Notices() {}

    /** In a corner, briefly: a juror saving candidate after candidate must not lose sight of the next one. */
    public static void success(String text) {
        show(text, NotificationVariant.SUCCESS, 4000, Notification.Position.BOTTOM_END);
    }

    /** Something kept that the user should know about (a clipped recording): as long in sight as an error. */
    public static void warning(String text) {
        show(text, NotificationVariant.WARNING, 10000, Notification.Position.TOP_CENTER);
    }

    /** Errors stay longer, in sight, so nobody misses them. */
    public static void error(String text) {
        show(text, NotificationVariant.ERROR, 10000, Notification.Position.TOP_CENTER);
    }

    /** Runs what the user asked for; a refusal is shown as an error. Whether it went through. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserError refused) {
            error(text(refused));
            return false;
        }
    }

    public static String text(UserError error) {
        return UI.getCurrent().getTranslation(error.messageKey(), error.arguments());
    }

    private static void show(String text, NotificationVariant variant, int millis, Notification.Position position) {
        Notification notification = new Notification(text, millis, position);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
