package org.auditio.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.auditio.AuditioTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The navigation shows each role what it may open, and nothing else. */
@AuditioTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Test
    void a_visitor_sees_the_home_page_and_the_open_auditions() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Home", "Open auditions");
    }

    @Test
    @WithMockUser(username = "candidate@example.org", roles = "CANDIDATE")
    void a_candidate_sees_no_organiser_or_admin_entries() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Home", "Open auditions", "My profile", "My applications", "My account");
    }

    @Test
    @WithMockUser(username = "organiser@example.org", roles = "ORGANISER")
    void an_organiser_sees_the_jurors() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Home", "Open auditions", "My auditions", "Jurors", "My account");
    }

    @Test
    @WithMockUser(username = "admin@example.org", roles = "ADMIN")
    void an_admin_sees_accounts_and_the_outbox() {
        navigate(HomeView.class);
        assertThat(menu()).contains("Accounts", "Mail outbox");
    }

    @Test
    @WithMockUser(username = "candidate@example.org", roles = "CANDIDATE")
    void a_candidate_typing_an_admin_address_is_refused() {
        navigate("admin/accounts", AccessDeniedView.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).first().getText()).isEqualTo("Not available to you");
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
