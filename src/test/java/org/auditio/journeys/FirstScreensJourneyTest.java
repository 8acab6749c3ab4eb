package org.auditio.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.auditio.Fixtures;
import org.auditio.SharedSecurityContextStrategy;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountService;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.media.internal.MediaCorpus;
import org.auditio.selection.SelectionFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The screens people complained about, tried as a new user would, on a 390 px phone and a 1280 px
 * screen in both languages: logging in and registering from a phone, the language switch by
 * keyboard, typing a birth date, a refused upload's reason, the ranking table and its selects.
 * Screenshots go to {@code target/screenshots/first-screens}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClock.Config.class, SharedSecurityContextStrategy.class, Fixtures.class})
class FirstScreensJourneyTest extends BrowserJourney {

    /** Texts per language: English, French. */
    private static final Map<String, List<String>> TEXT = Map.of(
            "login", List.of("Log in", "Se connecter"),
            "register", List.of("Register", "Créer un compte"),
            "home",
                    List.of(
                            "Choir auditions, from the call to the published choir",
                            "Les auditions de chœur, de l’appel à candidatures au chœur publié"),
            "refused",
                    List.of(
                            "This file is not a recording we accept.",
                            "Ce fichier n’est pas un enregistrement accepté."),
            "compare", List.of("Compare with", "Comparer avec"),
            "median", List.of("Median", "Médiane"));

    @Autowired
    CandidateFixtures candidates;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditionFixtures calls;

    @Autowired
    SelectionFixtures selections;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_visitor_on_a_phone_finds_log_in_in_the_header_and_both_ways_in_the_menu() {
        for (String language : List.of("en", "fr")) {
            for (int width : List.of(390, 1280)) {
                try (BrowserContext context = context(language, width, 844)) {
                    Page page = context.newPage();
                    page.navigate(url("/"));
                    Locator header = page.locator("vaadin-app-layout [slot=navbar]");
                    Locator login = header.getByRole(AriaRole.BUTTON, within(text("login", language)));
                    assertThat(login).isVisible();
                    assertThat(right(login))
                            .as("log in fits a %d px screen", width)
                            .isLessThanOrEqualTo(width);
                    Locator register = header.getByRole(AriaRole.BUTTON, within(text("register", language)));
                    if (width == 1280) {
                        assertThat(register).isVisible();
                    } else {
                        assertThat(register).isHidden();
                    }
                    screenshot(page, "first-screens/" + language + "-" + width + "-visitor-home");
                    if (width == 390) {
                        page.locator("vaadin-drawer-toggle").click();
                        Locator menu = page.locator("vaadin-side-nav");
                        // Text inside a side-nav item sits in its shadow's slot: find the items by their path.
                        Locator menuRegister = menu.locator("vaadin-side-nav-item[path=register]");
                        assertThat(menuRegister).isVisible();
                        assertThat(menuRegister).containsText(text("register", language));
                        Locator menuLogin = menu.locator("vaadin-side-nav-item[path=login]");
                        assertThat(menuLogin).containsText(text("login", language));
                        screenshot(page, "first-screens/" + language + "-390-visitor-menu");
                        menuLogin.click();
                        page.waitForURL(address -> address.endsWith("/login"));
                    }
                }
            }
        }
    }

    @Test
    void the_language_switch_is_in_every_header_and_works_from_the_keyboard() {
        for (int width : List.of(390, 1280)) {
            try (BrowserContext context = context("en-GB", width, 844)) {
                Page page = context.newPage();
                page.navigate(url("/auditions"));
                Locator french = page.getByRole(AriaRole.BUTTON, exact("Français"));
                Locator english = page.getByRole(AriaRole.BUTTON, exact("English"));
                assertThat(french).isVisible();
                assertThat(french).hasAttribute("aria-pressed", "false");
                assertThat(english).hasAttribute("aria-pressed", "true");
                assertThat(page.getByRole(AriaRole.GROUP, exact("Language / Langue")))
                        .isVisible();
                BoundingBox box = french.boundingBox();
                assertThat(box.width).isGreaterThanOrEqualTo(24);
                assertThat(box.height).isGreaterThanOrEqualTo(24);
                french.focus();
                page.keyboard().press("Enter");
                assertThat(page.getByRole(AriaRole.BUTTON, exact("Français"))).hasAttribute("aria-pressed", "true");
                page.navigate(url("/"));
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .hasText(text("home", "fr"));
                assertThat(page.getByRole(AriaRole.BUTTON, exact("Français"))).hasAttribute("aria-pressed", "true");
                screenshot(page, "first-screens/switched-to-fr-" + width);
                page.getByRole(AriaRole.BUTTON, exact("English")).focus();
                page.keyboard().press("Space");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .hasText(text("home", "en"));
            }
        }
    }

    @Test
    void a_candidate_types_a_birth_date_on_a_phone_and_the_calendar_starts_near_a_birth_year() {
        // Registered, no profile yet: the calendar opens where the candidate's own date would be.
        String candidate = TestAccounts.candidate(accounts, Locale.ENGLISH);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String language : List.of("fr", "en")) {
            for (int width : List.of(390, 1280)) {
                try (BrowserContext context = context(language, width, 844)) {
                    Page page = context.newPage();
                    language(candidate, language);
                    logIn(page, candidate);
                    page.navigate(url("/profile"));
                    Locator picker = page.locator("vaadin-date-picker").first();
                    // The calendar, opened by its button, shows the year a typical candidate was born.
                    picker.locator("[part~=toggle-button]").click();
                    assertThat(picker).hasAttribute("opened", "");
                    int shownYear = ((Number) page.locator("vaadin-date-picker-overlay-content")
                                    .first()
                                    .evaluate("c => (c.focusedDate || c.initialPosition).getFullYear()"))
                            .intValue();
                    assertThat(shownYear).isEqualTo(today.getYear() - 20);
                    screenshot(page, "first-screens/" + language + "-" + width + "-birth-calendar");
                    page.keyboard().press("Escape");

                    Locator input = picker.locator("input");
                    input.click();
                    assertThat(picker).not().hasAttribute("opened", "");
                    input.fill(language.equals("fr") ? "14/03/2005" : "3/14/2005");
                    input.press("Enter");
                    assertThat(picker).not().hasAttribute("opened", "");
                    assertThat((String) picker.evaluate("p => p.value")).isEqualTo("2005-03-14");
                    screenshot(page, "first-screens/" + language + "-" + width + "-birth-typed");
                }
            }
        }
    }

    @Test
    void a_refused_upload_keeps_its_reason_on_the_slot() {
        UUID audition = calls.open(calls.organiser(), 10);
        String candidate = candidates.eligibleCandidate();
        UUID draft = candidates.draft(candidate, audition, VoicePart.A);
        for (String language : List.of("fr", "en")) {
            for (int width : List.of(390, 1280)) {
                try (BrowserContext context = context(language, width, 844)) {
                    Page page = context.newPage();
                    language(candidate, language);
                    logIn(page, candidate);
                    page.navigate(url("/my-applications/" + draft));
                    page.locator("vaadin-upload input[type=file]")
                            .first()
                            .setInputFiles(new FilePayload(
                                    "set piece.mp3", "audio/mpeg", MediaCorpus.bytes("script-renamed.mp3")));
                    Locator reason = page.locator(".slot-refusal").first();
                    assertThat(reason).containsText(text("refused", language));
                    // The notice fades; the slot keeps saying why.
                    page.locator("vaadin-notification-card").evaluateAll("cards => cards.forEach(c => c.remove())");
                    assertThat(reason).isVisible();
                    reason.scrollIntoViewIfNeeded();
                    screenshot(page, "first-screens/" + language + "-" + width + "-upload-refused");
                }
            }
        }
    }

    @Test
    void the_ranking_fits_a_1280_px_screen_and_its_selects_show_their_whole_text() {
        SelectionFixtures.Call call = selections.inReview(
                List.of(new VoicePartQuota(VoicePart.S, 2, 1), new VoicePartQuota(VoicePart.B, 1, 0)),
                List.of(
                        SelectionFixtures.spec("Anke Adler", "DE", VoicePart.S, 9.0),
                        SelectionFixtures.spec("Chloé Caron", "FR", VoicePart.S, 7.0),
                        SelectionFixtures.spec("Bjørn Berg", "NO", VoicePart.B, 8.5)));
        String organiser = call.organiser().email();
        jdbc.sql("update user_account set password_hash = ? where email = ?")
                .params(encoder.encode(TestAccounts.PASSWORD), organiser)
                .update();
        for (String language : List.of("fr", "en")) {
            for (int width : List.of(1280, 390)) {
                try (BrowserContext context = context(language, width, 900)) {
                    Page page = context.newPage();
                    language(organiser, language);
                    logIn(page, organiser);
                    page.navigate(url("/auditions/" + call.auditionId() + "/ranking"));
                    Locator compare = page.locator("vaadin-select").nth(1);
                    assertThat(cutOff(compare)).as("the empty choice is cut").isFalse();
                    page.getByLabel(text("compare", language)).click();
                    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(text("median", language)))
                            .click();
                    assertThat(page.locator("vaadin-grid").first()).isVisible();
                    assertThat(cutOff(compare)).isFalse();
                    if (width == 1280) {
                        @SuppressWarnings("unchecked")
                        List<Number> table = (List<Number>) page.locator("vaadin-grid")
                                .first()
                                .evaluate("g => { const t = g.shadowRoot.querySelector('#table');"
                                        + " return [t.scrollWidth, t.clientWidth]; }");
                        assertThat(table.get(0).intValue())
                                .as("ranking table width at 1280 px (%s)", language)
                                .isLessThanOrEqualTo(table.get(1).intValue());
                    }
                    screenshot(page, "first-screens/" + language + "-" + width + "-ranking");
                }
            }
        }
    }

    /** Whether a select's shown text runs past the visible part of its field. */
    private static boolean cutOff(Locator select) {
        return (Boolean) select.evaluate("""
                s => {
                  const button = s.querySelector('vaadin-select-value-button');
                  const range = document.createRange();
                  range.selectNodeContents(button);
                  const text = range.getBoundingClientRect();
                  const box = button.getBoundingClientRect();
                  return text.width > 0 && text.right > box.right + 1;
                }
                """);
    }

    private void language(String email, String language) {
        jdbc.sql("update user_account set language = ? where email = ?")
                .params(language, email)
                .update();
    }

    private static double right(Locator locator) {
        BoundingBox box = locator.boundingBox();
        return box.x + box.width;
    }

    private static String text(String key, String language) {
        return TEXT.get(key).get(language.startsWith("fr") ? 1 : 0);
    }

    private static Page.GetByRoleOptions exact(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Locator.GetByRoleOptions within(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }
}
