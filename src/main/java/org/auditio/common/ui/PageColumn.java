package org.auditio.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;

/** A view's content: one readable column with its heading, the same on every screen. */
public class PageColumn extends Main {

    public PageColumn() {
        addClassName("page-column");
    }

    public PageColumn(String heading, Component... content) {
        this();
        add(new H1(heading));
        add(content);
    }

    public PageColumn wide() {
        addClassName("wide");
        return this;
    }
}
