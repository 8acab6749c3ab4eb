package org.auditio.common.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to a route of another module, whose view class this module may not name (views are
 * private to their module): by its address, relative to the application's base.
 */
public final class Links {

    private Links() {}

    public static Anchor to(String route, String text) {
        Anchor link = new Anchor();
        link.setHref(route);
        link.setText(text);
        return link;
    }
}
