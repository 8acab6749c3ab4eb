package org.auditio.media.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.util.Locale;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

@AuditioTest
class MediaStoreViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void admin() {
        AsUser.become(TestAccounts.ADMIN, Role.ADMIN);
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_admin_checks_the_store_and_reads_the_report_in_french() {
        MediaStoreView view = navigate(MediaStoreView.class);
        test(view.check).click();
        assertThat($(ListItem.class).all().stream().map(ListItem::getText))
                .anyMatch(text -> text.startsWith("Fichiers vérifiés : "))
                .anyMatch(text -> text.startsWith("Fichiers dont le contenu a changé sur le disque : 0"));
        assertThat(view.check.isEnabled()).isTrue();
    }
}
