package org.auditio.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import org.auditio.common.ui.HomePageSection;
import org.auditio.common.ui.PageColumn;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What Auditio is, for whom, then the sections other modules contribute (the open auditions);
 * without any, an empty state.
 */
@Route("")
@Menu(title = "menu.home", order = 0)
@AnonymousAllowed
class HomeView extends PageColumn implements HasDynamicTitle {

    HomeView(ObjectProvider<HomePageSection> sections) {
        wide();
        Section hero = new Section(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.lead")));
        hero.addClassName("hero");
        Div audiences = new Div(
                audience("home.candidates.title", "home.candidates.text"),
                audience("home.jurors.title", "home.jurors.text"),
                audience("home.organisers.title", "home.organisers.text"));
        audiences.addClassName("cards");
        add(hero, audiences);
        List<HomePageSection> contributed = sections.orderedStream()
                .sorted(Comparator.comparingInt(HomePageSection::order))
                .toList();
        if (contributed.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("home.open.empty"));
            empty.addClassName("empty-state");
            add(new Section(new H2(getTranslation("home.open.title")), empty));
        }
        contributed.forEach(section -> add(section.create()));
    }

    private Section audience(String titleKey, String textKey) {
        Section card = new Section(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return "Auditio · " + getTranslation("home.tagline");
    }
}
