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
import org.auditio.common.ui.PageColumn;

/** What Auditio is, for whom, and the open auditions (an empty state until there are any). */
@Route("")
@Menu(title = "menu.home", order = 0)
@AnonymousAllowed
class HomeView extends PageColumn implements HasDynamicTitle {

    HomeView() {
        wide();
        Section hero = new Section(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.lead")));
        hero.addClassName("hero");
        Div audiences = new Div(
                audience("home.candidates.title", "home.candidates.text"),
                audience("home.jurors.title", "home.jurors.text"),
                audience("home.organisers.title", "home.organisers.text"));
        audiences.addClassName("cards");
        Paragraph empty = new Paragraph(getTranslation("home.open.empty"));
        empty.addClassName("empty-state");
        Section open = new Section(new H2(getTranslation("home.open.title")), empty);
        add(hero, audiences, open);
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
