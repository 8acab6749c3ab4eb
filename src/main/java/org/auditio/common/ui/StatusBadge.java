package org.auditio.common.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A short coloured label for a status; the colour only repeats what the text says. */
public class StatusBadge extends Span {

    public StatusBadge(String text, String status) {
        super(text);
        addClassName("status-badge");
        addClassName("status-" + status.toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
