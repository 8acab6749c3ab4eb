package org.auditio.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.auditio.Fixtures;
import org.auditio.SharedSecurityContextStrategy;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.selection.SelectionFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The deliberation: an organiser caps a country, overrides one decision with a reason and
 * publishes; a visitor reads the results on a phone in French; a candidate sees their outcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClock.Config.class, SharedSecurityContextStrategy.class, Fixtures.class})
class SelectionJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestClock clock;

    @Autowired
    SelectionFixtures selections;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void
            an_organiser_compares_methods_caps_overrides_and_publishes_then_anyone_reads_the_results_and_a_candidate_their_outcome() {
        SelectionFixtures.Call call = selections.inReview(
                List.of(new VoicePartQuota(VoicePart.S, 2, 2), new VoicePartQuota(VoicePart.B, 1, 0)),
                List.of(
                        SelectionFixtures.spec("Anke Adler", "DE", VoicePart.S, 9.0),
                        SelectionFixtures.spec("Berta Brandt", "DE", VoicePart.S, 8.0),
                        SelectionFixtures.spec("Chloé Caron", "FR", VoicePart.S, 7.0),
                        SelectionFixtures.spec("Bjørn Berg", "NO", VoicePart.B, 8.5)));
        jdbc.sql("update user_account set password_hash = ? where email = ?")
                .params(encoder.encode(TestAccounts.PASSWORD), call.organiser().email())
                .update();
        String selection = "/organise/" + call.auditionId() + "/selection";

        try (BrowserContext context = context("en-GB", 1280, 900)) {
            Page page = context.newPage();
            logIn(page, call.organiser().email());
            // First the ranking, by the mean, compared with the median.
            page.navigate(url("/auditions/" + call.auditionId() + "/ranking"));
            page.getByLabel("Compare with").click();
            page.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName("Median").setExact(true))
                    .click();
            assertThat(page.getByText("Rank by the other method").first()).isVisible();
            screenshot(page, "ranking-compared");
            page.navigate(url("/organise/" + call.auditionId()));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Selection").setExact(true))
                    .click();
            page.waitForURL(address -> address.endsWith(selection));
            assertThat(page.getByText("No decision yet").first()).isVisible();

            page.getByLabel("Maximum singers per country").fill("1");
            button(page, "Run the assistant").click();
            assertThat(page.getByText("Country cap for Germany reached (1)").first())
                    .isVisible();

            button(page, "Change the decision on Chloé Caron").click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByText("Reserve", new Locator.GetByTextOptions().setExact(true))
                    .click();
            dialog.getByLabel("Reason").fill("Sight-reading too weak for the set piece");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the decision"))
                    .click();
            assertThat(page.getByText("Chair’s decision: Sight-reading too weak for the set piece")
                            .first())
                    .isVisible();
            screenshot(page, "selection-board");

            button(page, "Publish the results").click();
            page.getByRole(AriaRole.ALERTDIALOG)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish the results"))
                    .click();
            assertThat(page.getByText("The results are published").first()).isVisible();
        }

        try (BrowserContext context = context("fr-FR", 390, 844)) {
            Page page = context.newPage();
            page.navigate(url("/auditions/" + call.auditionId()));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lire les résultats"))
                    .click();
            assertThat(page.getByText("Anke Adler, Allemagne")).isVisible();
            assertThat(page.getByText("Bjørn Berg, Norvège")).isVisible();
            assertThat(page.getByText("Liste d’attente", new Page.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertThat(page.getByText("Berta Brandt, Allemagne")).isVisible();
            screenshot(page, "results-phone");
            boolean fits = (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
            org.assertj.core.api.Assertions.assertThat(fits)
                    .as("no sideways scrolling on a phone")
                    .isTrue();
        }

        SelectionFixtures.Applicant berta = call.named("Berta Brandt");
        try (BrowserContext context = context("en-GB", 390, 844)) {
            Page page = context.newPage();
            logIn(page, berta.email());
            page.navigate(url("/my-applications/" + berta.applicationId()));
            assertThat(page.getByText("You are on the reserve list, position 1"))
                    .isVisible();
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
