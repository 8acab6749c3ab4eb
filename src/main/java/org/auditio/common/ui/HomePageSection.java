package org.auditio.common.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the home page (the open auditions, for instance), so the shell
 * shows it without depending on that module. Implementations are Spring beans; {@link #create()}
 * builds a new component for each page.
 */
public interface HomePageSection {

    Component create();

    /** Lower first. */
    default int order() {
        return 0;
    }
}
