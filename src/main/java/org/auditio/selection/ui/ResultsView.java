package org.auditio.selection.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.auditio.auditions.VoicePart;
import org.auditio.common.ui.Countries;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;
import org.auditio.selection.PublicResults;
import org.auditio.selection.PublishedResults;

/** The published results, for anyone: each section's singers with their country, then the reserve lists in order. */
@Route("auditions/:auditionId/results")
@AnonymousAllowed
class ResultsView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "auditionId";

    private final PublishedResults results;
    private String title = "";

    ResultsView(PublishedResults results) {
        this.results = results;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.find(event, ID, results::of).ifPresent(this::show);
    }

    private void show(PublicResults published) {
        removeAll();
        title = getTranslation("results.title", published.title(getLocale()));
        add(new H1(title), Links.to("auditions/" + published.auditionId(), getTranslation("results.call")));
        for (VoicePart section : SelectionView.SECTIONS) {
            add(new H2(getTranslation("voice-part." + section.name())));
            List<PublicResults.Entry> selected = published.selected(section);
            if (selected.isEmpty()) {
                add(new Paragraph(getTranslation("results.none")));
            } else {
                UnorderedList singers = new UnorderedList();
                selected.forEach(entry -> singers.add(new ListItem(line(entry))));
                add(singers);
            }
        }
        add(new H2(getTranslation("results.reserve")));
        Map<VoicePart, OrderedList> reserves = new LinkedHashMap<>();
        for (VoicePart section : SelectionView.SECTIONS) {
            published
                    .reserve(section)
                    .forEach(entry -> reserves.computeIfAbsent(entry.voicePart(), part -> new OrderedList())
                            .add(new ListItem(line(entry))));
        }
        if (reserves.isEmpty()) {
            add(new Paragraph(getTranslation("results.none")));
        }
        reserves.forEach((part, list) -> add(new H3(getTranslation("voice-part." + part.name())), list));
    }

    private String line(PublicResults.Entry entry) {
        return entry.country() == null
                ? entry.name()
                : getTranslation("results.singer", entry.name(), Countries.name(entry.country(), getLocale()));
    }

    @Override
    public String getPageTitle() {
        return title + " · Auditio";
    }
}
