package org.auditio.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.auditio.common.UserError;

/** Short-lived messages after an action, announced to screen readers by the notification. */
public final class Notices {

    private Notices() {}

    public static void success(String text) {
        show(text, NotificationVariant.SUCCESS, 5000);
    }

    /** Errors stay longer, so nobody misses them. */
    public static void error(String text) {
        show(text, NotificationVariant.ERROR, 10000);
    }

    public static String text(UserError error) {
        return UI.getCurrent().getTranslation(error.messageKey(), error.arguments());
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        Notification notification = new Notification(text, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
