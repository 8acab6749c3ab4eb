package org.auditio.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.auditio.AuditioTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The navigation shows each role what it may open, and nothing else. */
@AuditioTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Test
    void a_visitor_sees_the_home_page_the_open_auditions_and_how_to_log_in_or_register() {
        navigate(HomeView.class);
        assertThat(menu()).containsExactly("Home", "Open auditions", "Log in", "Register");
        assertThat($(SideNavItem.class).all().stream().map(SideNavItem::getPath))
                .endsWith("login", "register");
    }

    @Test
    void both_languages_are_in_sight_named_in_their_own_language_and_the_current_one_pressed() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(HomeView.class);
        LanguageSwitch languages = $(LanguageSwitch.class).single();
        assertThat(languages.getElement().getAttribute("role")).isEqualTo("group");
        assertThat(languages.getElement().getAttribute("aria-label")).isEqualTo("Language / Langue");
        Button english = languages.buttons.get(Locale.ENGLISH);
        Button french = languages.buttons.get(Locale.FRENCH);
        assertThat(english.getText()).isEqualTo("EN");
        assertThat(french.getText()).isEqualTo("FR");
        assertThat(french.getAriaLabel()).contains("Français");
        assertThat(french.getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(english.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(french.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        test(french).click(); // the page then reloads with a new UI, in the session's language

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
    }

    @Test
    @WithMockUser(username = "candidate@example.org", roles = "CANDIDATE")
    void a_logged_in_user_is_not_offered_to_log_in() {
        navigate(HomeView.class);
        assertThat(menu()).doesNotContain("Log in", "Register");
        assertThat($(LanguageSwitch.class).exists()).isTrue();
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
