package org.auditio.shell.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.AccountSummary;

/**
 * The frame of every page: the brand, the navigation built from the views' {@code @Menu} entries
 * (only those the user may open), the language switch and the user menu, or for a visitor the ways
 * to log in and to create an account.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout {

    MainLayout(AccountService accounts, AuthenticationContext authentication) {
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        Anchor brand = new Anchor("", "Auditio");
        brand.addClassName("brand");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(toggle, brand, spacer, new LanguageSwitch(accounts));
        accounts.current()
                .ifPresentOrElse(
                        me -> addToNavbar(userMenu(me, authentication)), () -> addToNavbar(anonymousActions()));
        addToDrawer(navigation(authentication.isAuthenticated()));
    }

    /**
     * The views' menu entries; for a visitor also logging in and creating an account, which a phone's
     * header has no room for beside the brand and the language switch.
     */
    private SideNav navigation(boolean loggedIn) {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        if (!loggedIn) {
            nav.addItem(
                    new SideNavItem(getTranslation("shell.login"), "login"),
                    new SideNavItem(getTranslation("shell.register"), "register"));
        }
        return nav;
    }

    private MenuBar userMenu(AccountSummary me, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        menu.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));
        // Initials always; the name too where there is room (on a phone it is kept for screen readers only).
        Avatar initials = new Avatar(me.displayName());
        initials.addThemeVariants(AvatarVariant.XSMALL);
        initials.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(me.displayName());
        name.addClassName("user-name");
        SubMenu items = menu.addItem(new Span(initials, name)).getSubMenu();
        items.addItem(getTranslation("menu.account"), click -> getUI().ifPresent(ui -> ui.navigate("account")));
        items.addItem(getTranslation("shell.logout"), click -> authentication.logout());
        return menu;
    }

    private Div anonymousActions() {
        Button login =
                new Button(getTranslation("shell.login"), click -> getUI().ifPresent(ui -> ui.navigate("login")));
        Button register =
                new Button(getTranslation("shell.register"), click -> getUI().ifPresent(ui -> ui.navigate("register")));
        register.addThemeVariants(ButtonVariant.PRIMARY);
        // On a phone only "Log in" stays in the header (app.css): the menu offers both.
        register.addClassName("navbar-register");
        Div actions = new Div(login, register);
        actions.addClassName("navbar-actions");
        return actions;
    }
}
