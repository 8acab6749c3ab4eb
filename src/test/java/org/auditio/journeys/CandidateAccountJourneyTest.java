package org.auditio.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.auditio.SharedSecurityContextStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A visitor registers, follows the link mailed to them (logged in by it), switches to French, logs out, and finds French again at the next login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Journeys start contexts of their own: one security context strategy for all of the JVM's test
// contexts, or method security in one stops seeing the users the other sets (vaadin/flow#25507).
@Import(SharedSecurityContextStrategy.class)
class CandidateAccountJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_visitor_registers_logs_in_switches_to_french_and_logs_out() {
        String email = "journey-" + System.nanoTime() + "@example.org";
        String password = "a soprano from Toulouse";
        try (BrowserContext context = context("en-GB", 1280, 900)) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(url("/register"));

            page.getByLabel("Full name").fill("Juliette Journey");
            page.getByLabel("E-mail").fill(email);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                    .click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Check your mail");
            page.navigate(url("/activate/" + "x".repeat(43)));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("This link no longer works");
            followMailedLink(page, jdbc, email, "/activate/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate my account"))
                    .click();
            page.waitForURL(address -> !address.contains("/activate/"));
            assertThat(page.getByText("Juliette Journey")).isVisible();
            screenshot(page, "journey-logged-in");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Français"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Les auditions de chœur, de l’appel à candidatures au chœur publié");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mon compte")))
                    .isVisible();
            screenshot(page, "journey-french-home");

            page.getByText("Juliette Journey").click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Se déconnecter"))
                    .click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")))
                    .isVisible();
            assertThat(page.getByText("Juliette Journey")).hasCount(0);

            page.navigate(url("/login"));
            fillLogin(page, email, password);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accueil")))
                    .isVisible();
        }
    }
}
