package org.auditio.accounts.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.auditio.accounts.AccountAdministration;
import org.auditio.common.ui.PageColumn;

/** Admins see every account and create organisers. */
@Route("admin/accounts")
@Menu(title = "menu.accounts", order = 80)
@RolesAllowed("ADMIN")
class AccountsView extends PageColumn implements HasDynamicTitle {

    AccountsView(AccountAdministration administration) {
        super();
        wide();
        AccountGrid grid = new AccountGrid(administration::accounts, administration::countAccounts);
        InviteForm form = new InviteForm(
                "accounts.create-organiser",
                administration::createOrganiser,
                () -> grid.getDataProvider().refreshAll());
        add(new H1(getTranslation("accounts.title")));
        add(new H2(getTranslation("accounts.new-organiser")), form, new H2(getTranslation("accounts.all")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · Auditio";
    }
}
