package org.auditio.jury.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.PageColumn;
import org.auditio.jury.JuryScores;
import org.auditio.jury.JuryWork;
import org.auditio.jury.MyPanel;

/** The juries a juror sits on, each with their progress and a way in. */
@Route("jury")
@RolesAllowed("JUROR")
@Menu(title = "menu.jury", order = 40)
class JuryHomeView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    private final JuryWork work;
    private final JuryScores scores;

    JuryHomeView(JuryWork work, JuryScores scores) {
        this.work = work;
        this.scores = scores;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new com.vaadin.flow.component.html.H1(getPageTitle()));
        var panels = work.myPanels();
        if (panels.isEmpty()) {
            add(new Paragraph(getTranslation("jury.home.none")));
        }
        for (MyPanel panel : panels) {
            Paragraph line = new Paragraph(Links.to("jury/" + panel.auditionId(), panel.title(getLocale())));
            line.add(" — " + getTranslation("jury.progress", panel.done(), panel.assigned()));
            if (!panel.scoringOpen()) {
                line.add(" — " + getTranslation("jury.scoring.closed"));
            }
            if (scores.chairedByMe(panel.auditionId())) {
                line.add(" — ");
                line.add(Links.to("auditions/" + panel.auditionId() + "/ranking", getTranslation("ranking.link")));
                line.add(" — ");
                line.add(Links.to(
                        "organise/" + panel.auditionId() + "/selection", getTranslation("selection.editor.link")));
            }
            add(line);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jury.home.title");
    }
}
