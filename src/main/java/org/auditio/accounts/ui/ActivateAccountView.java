package org.auditio.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.AccountSummary;
import org.auditio.accounts.LinkDetails;
import org.auditio.accounts.internal.SessionLogin;
import org.auditio.common.UserError;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;

/**
 * Where a registration's link leads. Opening it only shows the button: mail scanners that fetch
 * every link would otherwise spend it before its owner clicks. The button opens the account and
 * logs its owner in, who has just proved both the address (the link) and the password (typed at
 * registration, in the same browser or not).
 */
@Route("activate/:secret")
@AnonymousAllowed
class ActivateAccountView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final SessionLogin sessions;
    final Button activate = new Button();
    final Paragraph message = new Paragraph();
    private String secret = "";

    ActivateAccountView(AccountService accounts, SessionLogin sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        addClassName("narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        secret = event.getRouteParameters().get("secret").orElse("");
        removeAll();
        accounts.registrationLink(secret).ifPresentOrElse(this::showButton, this::showInvalid);
    }

    private void showButton(LinkDetails link) {
        add(new H1(getTranslation("activate.title")));
        message.setText(getTranslation("activate.intro", link.displayName(), link.email()));
        activate.setText(getTranslation("activate.submit"));
        activate.addThemeVariants(ButtonVariant.PRIMARY);
        activate.setDisableOnClick(true);
        activate.addClickListener(click -> {
            try {
                AccountSummary account = accounts.confirmRegistration(secret);
                sessions.logIn(account);
                // A full load, so that the layout and menu are built for the logged-in user.
                getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            } catch (UserError error) {
                message.setText(Notices.text(error));
                activate.setVisible(false);
            }
        });
        add(message, activate);
    }

    private void showInvalid() {
        add(new H1(getTranslation("link.invalid.title")));
        message.setText(getTranslation("activate.invalid"));
        add(message, new Paragraph(new RouterLink(getTranslation("register.title"), RegisterView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activate.page-title") + " · Auditio";
    }
}
