package org.auditio.candidates.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.auditio.candidates.ApplicationSummary;
import org.auditio.candidates.MyApplications;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.TimeTexts;

/** My applications, newest first, each with where it stands and its deadline. */
@Route("my-applications")
@Menu(title = "menu.my-applications", order = 21)
@RolesAllowed("CANDIDATE")
class MyApplicationsView extends PageColumn implements HasDynamicTitle {

    MyApplicationsView(MyApplications applications) {
        addClassName("candidate-page");
        add(new H1(getTranslation("my-applications.title")));
        List<ApplicationSummary> mine = applications.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my-applications.empty"));
            empty.addClassName("empty-state");
            add(empty, new Paragraph(Links.to("auditions", getTranslation("my-applications.find"))));
            return;
        }
        for (ApplicationSummary application : mine) {
            Section card = new Section();
            card.addClassName("card");
            card.add(new H2(new RouterLink(
                    application.auditionTitle(getLocale()),
                    ApplicationView.class,
                    new RouteParameters(ApplicationView.ID, application.id().toString()))));
            card.add(new Paragraph(CandidateTexts.stage(application.stage())));
            card.add(new Paragraph(getTranslation(
                    "my-applications.deadline",
                    TimeTexts.dateTime(application.deadline(), application.zone(), getLocale()))));
            if (application.submittedAt() != null) {
                card.add(new Paragraph(getTranslation(
                        "my-applications.submitted",
                        TimeTexts.dateTime(application.submittedAt(), application.zone(), getLocale()))));
            }
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-applications.title") + " · Auditio";
    }
}
