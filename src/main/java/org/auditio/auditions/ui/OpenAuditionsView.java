package org.auditio.auditions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionSummary;
import org.auditio.common.ui.PageColumn;

/** Every open call, the nearest deadline first, for anyone. */
@Route("auditions")
@Menu(title = "menu.open-auditions", order = 10)
@AnonymousAllowed
class OpenAuditionsView extends PageColumn implements HasDynamicTitle {

    /** Open calls are few at any time; beyond this many the page says so rather than grow. */
    static final int SHOWN = 50;

    OpenAuditionsView(AuditionCatalogue catalogue, Clock clock) {
        wide();
        add(new H1(getTranslation("open-auditions.title")));
        add(new Paragraph(getTranslation("open-auditions.intro")));
        List<AuditionSummary> open = catalogue.open(0, SHOWN);
        if (open.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("open-auditions.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Div cards = new Div();
        cards.addClassName("cards");
        open.forEach(audition -> cards.add(new AuditionCard(audition, clock)));
        add(cards);
        long total = catalogue.countOpen();
        if (total > open.size()) {
            add(new Paragraph(getTranslation("open-auditions.more", open.size(), total)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("open-auditions.title") + " · Auditio";
    }
}
