package org.auditio.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditio.AsUser;
import org.auditio.SharedSecurityContextStrategy;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.Role;
import org.auditio.auditions.OrganisationKind;
import org.auditio.auditions.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An organiser creates and opens a call; a candidate registers in French, completes the profile,
 * applies, is refused a second application and sees the status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Journeys start contexts of their own: one security context strategy for all of the JVM's test
// contexts, or method security in one stops seeing the users the other sets (vaadin/flow#25507).
@Import(SharedSecurityContextStrategy.class)
class AuditionAndApplicationJourneyTest extends BrowserJourney {

    @Autowired
    AccountAdministration administration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void an_organiser_opens_a_call_and_a_candidate_applies_once_in_french() {
        String organiser = organiserWithPassword();
        String title = "Youth Choir " + System.nanoTime();
        String auditionId;
        try (BrowserContext context = context("en-GB", 1280, 900)) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            logIn(page, organiser);
            page.navigate(url("/organise"));
            page.getByLabel("Title (English)").fill(title);
            page.getByLabel("Title (French)").fill("Chœur des jeunes");
            button(page, "Create the draft").click();
            page.waitForURL(Pattern.compile(".*/organise/[0-9a-f-]{36}$"));
            Matcher id = Pattern.compile("/organise/([0-9a-f-]{36})$").matcher(page.url());
            auditionId = id.find() ? id.group(1) : "";

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Window and eligibility"))
                    .click();
            assertThat(page.locator("vaadin-date-time-picker").nth(1)).isVisible();
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            setPicker(page.locator("vaadin-date-time-picker").nth(0), now.minusDays(1));
            setPicker(page.locator("vaadin-date-time-picker").nth(1), now.plusDays(30));
            page.keyboard().press("Escape"); // no picker overlay left open over the form
            button(page, "Save").first().click(); // the window form comes before the eligibility form
            screenshot(page, "organiser-window-saved");
            assertThat(page.getByText("Saved.").first()).isVisible();

            button(page, "Open the call").click();
            page.getByRole(AriaRole.ALERTDIALOG)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open the call"))
                    .click();
            assertThat(page.getByText("Open", new Page.GetByTextOptions().setExact(true))
                            .first())
                    .isVisible();
            screenshot(page, "organiser-opened-call");
        }

        try (BrowserContext context = context("fr-FR", 390, 844)) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            String email = TestAccounts.uniqueEmail("journey-candidate");
            page.navigate(url("/register"));
            page.getByLabel("Nom complet").fill("Chloé Choriste");
            page.getByLabel("Courriel").fill(email);
            page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                    .fill(TestAccounts.PASSWORD);
            button(page, "Créer le compte").click();
            assertThat(page.getByText("Consultez vos courriels")).isVisible();
            followMailedLink(page, jdbc, email, "/activate/");
            button(page, "Activer mon compte").click();
            // Logged in by the link: the profile below is for candidates only.
            page.waitForURL(url -> !url.contains("/activate/"));

            page.navigate(url("/profile"));
            page.getByLabel("Nom et prénom").fill("Chloé Choriste");
            page.locator("vaadin-date-picker")
                    .first()
                    .evaluate(
                            "(picker, value) => { picker.value = value; }",
                            LocalDate.now().minusYears(21).toString());
            page.getByLabel("Pays").fill("France");
            page.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName("France").setExact(true))
                    .click();
            page.getByLabel("Pupitre", new Page.GetByLabelOptions().setExact(true))
                    .click();
            page.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName("Soprano").setExact(true))
                    .click();
            page.getByRole(AriaRole.CHECKBOX).first().check();
            button(page, "Enregistrer mon profil").click();
            assertThat(page.getByText("Votre profil est enregistré.")).isVisible();

            page.navigate(url("/apply/" + auditionId));
            page.getByLabel("Pupitre pour lequel vous candidatez").click();
            page.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName("Soprano").setExact(true))
                    .click();
            button(page, "Commencer ma candidature").click();
            page.waitForURL(Pattern.compile(".*/my-applications/[0-9a-f-]{36}$"));
            assertThat(page.getByText("Brouillon").first()).isVisible();
            screenshot(page, "candidate-draft-phone");

            page.navigate(url("/apply/" + auditionId));
            assertThat(page.getByText("Vous avez déjà candidaté à cette audition."))
                    .isVisible();

            page.navigate(url("/my-applications"));
            assertThat(page.getByText("Chœur des jeunes").first()).isVisible();
            assertThat(page.getByText("Brouillon").first()).isVisible();
        }
    }

    /** An organiser of a fresh organisation; the password is set directly, as the invitation link would. */
    private String organiserWithPassword() {
        String email = TestAccounts.organiser(administration);
        jdbc.sql("update user_account set password_hash = ? where email = ?")
                .params(encoder.encode(TestAccounts.PASSWORD), email)
                .update();
        AsUser.run(TestAccounts.ADMIN, Role.ADMIN, () -> {
            var organisation =
                    organisations.create("Journey Network " + System.nanoTime(), OrganisationKind.NETWORK_MEMBER);
            organisations.addOrganiser(organisation, email);
        });
        return email;
    }

    /** Types a date and a time as an English-speaking organiser would (the pickers use US formats). */
    private static void setPicker(Locator picker, LocalDateTime value) {
        Locator date = picker.locator("vaadin-date-picker input");
        date.fill(value.format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US)));
        date.press("Enter");
        Locator time = picker.locator("vaadin-time-picker input");
        time.fill(value.format(DateTimeFormatter.ofPattern("HH:mm")));
        time.press("Enter");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
