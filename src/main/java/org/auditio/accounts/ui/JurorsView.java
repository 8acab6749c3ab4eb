package org.auditio.accounts.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.auditio.accounts.AccountAdministration;
import org.auditio.common.ui.PageColumn;

/** Organisers invite jurors by e-mail and see who has accepted. */
@Route("jurors")
@Menu(title = "menu.jurors", order = 50)
@RolesAllowed({"ORGANISER", "ADMIN"})
class JurorsView extends PageColumn implements HasDynamicTitle {

    JurorsView(AccountAdministration administration) {
        super();
        wide();
        AccountGrid grid = new AccountGrid(administration::jurors, administration::countJurors);
        InviteForm form = new InviteForm(
                "jurors.invite",
                administration::inviteJuror,
                () -> grid.getDataProvider().refreshAll());
        add(new H1(getTranslation("jurors.title")));
        add(new Paragraph(getTranslation("jurors.intro")), new H2(getTranslation("jurors.new")), form);
        add(new H2(getTranslation("jurors.all")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jurors.title") + " · Auditio";
    }
}
