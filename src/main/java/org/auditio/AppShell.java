package org.auditio;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

/** Page-wide settings: the Aura theme plus our own stylesheet (plain CSS, no npm bundle), and the icon. */
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/auditio.svg", "any");
    }
}
