package org.auditio.auditions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.List;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionSummary;
import org.auditio.common.ui.HomePageSection;

/** The home page's "Open auditions": the three nearest deadlines, and the way to all of them. */
@org.springframework.stereotype.Component
class OpenAuditionsOnHome implements HomePageSection {

    static final int SHOWN = 3;

    private final AuditionCatalogue catalogue;
    private final Clock clock;

    OpenAuditionsOnHome(AuditionCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        Section section = new Section(new H2(ui.getTranslation("home.open.title")));
        section.addClassName("open-auditions");
        List<AuditionSummary> open = catalogue.open(0, SHOWN);
        if (open.isEmpty()) {
            Paragraph empty = new Paragraph(ui.getTranslation("home.open.empty"));
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        Div cards = new Div();
        cards.addClassName("cards");
        open.forEach(audition -> cards.add(new AuditionCard(audition, clock)));
        section.add(cards, new Paragraph(new RouterLink(ui.getTranslation("home.open.all"), OpenAuditionsView.class)));
        return section;
    }
}
