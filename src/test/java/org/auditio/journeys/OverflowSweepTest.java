package org.auditio.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.Fixtures;
import org.auditio.SharedSecurityContextStrategy;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.jury.JuryFixtures;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.Sharing;
import org.auditio.selection.SelectionFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every route, as every role, on a 390 px phone in English and in French: nothing wider than the
 * screen (no sideways scrolling, no visible element whose right edge passes the viewport, unless a
 * scrolling container such as a grid clips it) and no button smaller than 24 × 24 px (WCAG 2.5.8).
 * Routes with parameters open real fixture data. Each page is kept as a screenshot in
 * {@code target/screenshots/sweep}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClock.Config.class, SharedSecurityContextStrategy.class, Fixtures.class})
class OverflowSweepTest extends BrowserJourney {

    static final int PHONE = 390;

    /**
     * Lists what sticks out of the viewport on the right, and buttons smaller than 24 × 24 px. An
     * element counts as visible only in the part of it that scrolling or clipping ancestors (also
     * across shadow roots and slots) leave on screen.
     */
    static final String PROBLEMS = """
            () => {
              const width = window.innerWidth;
              const problems = [];
              if (document.documentElement.scrollWidth > width) {
                problems.push('page is ' + document.documentElement.scrollWidth + ' px wide');
              }
              const describe = el => {
                let name = el.localName;
                if (el.id) name += '#' + el.id;
                if (el.getAttribute('slot')) name += '[slot=' + el.getAttribute('slot') + ']';
                if (el.className && typeof el.className === 'string') name += '.' + el.className.trim().split(/\\s+/).join('.');
                const label = el.getAttribute('aria-label') || el.getAttribute('label') || (el.textContent || '').trim();
                return name + (label ? ' "' + label.replace(/\\s+/g, ' ').slice(0, 50) + '"' : '');
              };
              const layoutParent = el => el.assignedSlot || el.parentElement || (el.parentNode && el.parentNode.host) || null;
              const shown = el => {
                const style = getComputedStyle(el);
                return style.visibility !== 'hidden' && style.display !== 'none' && el.getClientRects().length > 0;
              };
              // Components made to scroll sideways (a grid's columns, a row of tabs): what they hide is
              // reachable. The page's own scroller (the app layout's content) is not one of them.
              const scrollers = ['vaadin-grid', 'vaadin-tabs', 'vaadin-tabsheet', 'vaadin-scroller'];
              const madeToScroll = p => {
                const host = p.getRootNode().host;
                return scrollers.includes(p.localName) || (host && scrollers.includes(host.localName));
              };
              const clips = style => style.overflowX === 'hidden' || style.overflowX === 'clip' || style.contain.includes('paint');
              // The right edge left visible once clipping ancestors are applied; null when nothing shows.
              const visibleRight = (el, rect) => {
                let right = rect.right;
                for (let p = layoutParent(el); p && p !== document.documentElement; p = layoutParent(p)) {
                  if (!(p instanceof Element)) continue;
                  const style = getComputedStyle(p);
                  if (style.display === 'none' || style.visibility === 'hidden') return null;
                  if (clips(style) || (style.overflowX !== 'visible' && madeToScroll(p))) {
                    const box = p.getBoundingClientRect();
                    right = Math.min(right, box.right);
                    if (right <= box.left) return null;
                  }
                  if (style.position === 'fixed') break;
                }
                return right;
              };
              const wide = [], small = [];
              const interactive = new Set(['vaadin-button', 'button', 'vaadin-menu-bar-button', 'vaadin-drawer-toggle',
                  'vaadin-side-nav-item', 'vaadin-tab']);
              const visit = root => {
                for (const el of root.querySelectorAll('*')) {
                  if (el.shadowRoot) visit(el.shadowRoot);
                  const rect = el.getBoundingClientRect();
                  if (rect.width <= 1 || rect.height <= 1) continue;
                  const own = getComputedStyle(el);
                  if ((own.overflowX === 'auto' || own.overflowX === 'scroll') && !madeToScroll(el)
                      && el.scrollWidth > el.clientWidth + 1 && shown(el)) {
                    problems.push(describe(el).slice(0, 60) + ' scrolls sideways: ' + el.scrollWidth + ' px of content in ' + el.clientWidth);
                  }
                  if (rect.right > width + 1 && shown(el)) {
                    const right = visibleRight(el, rect);
                    if (right !== null && right > width + 1) wide.push({el, right});
                  }
                  if (interactive.has(el.localName) && el.getRootNode() === document && shown(el)
                      && (rect.width < 24 || rect.height < 24) && visibleRight(el, rect) !== null) {
                    small.push(describe(el) + ' is ' + Math.round(rect.width) + ' × ' + Math.round(rect.height) + ' px');
                  }
                }
              };
              visit(document);
              // Name the outermost culprits: a child of an element already listed adds nothing.
              const listed = new Set(wide.map(w => w.el));
              for (const w of wide) {
                let inside = false;
                for (let p = layoutParent(w.el); p; p = layoutParent(p)) if (listed.has(p)) { inside = true; break; }
                if (!inside) problems.push(describe(w.el) + ' ends at x=' + Math.round(w.right));
              }
              return problems.concat(small);
            }
            """;

    @Autowired
    SelectionFixtures selections;

    @Autowired
    JuryFixtures juries;

    @Autowired
    JuryPanels panels;

    @Autowired
    AuditionFixtures calls;

    @Autowired
    CandidateFixtures candidates;

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
    void no_route_is_wider_than_a_phone_for_any_role_in_either_language() {
        SelectionFixtures.Call ranked = selections.inReview(
                List.of(new VoicePartQuota(VoicePart.S, 2, 1), new VoicePartQuota(VoicePart.B, 1, 0)),
                List.of(
                        SelectionFixtures.spec("Anke Adler-Wolkenstein", "DE", VoicePart.S, 9.0),
                        SelectionFixtures.spec("Chloé Caron", "FR", VoicePart.S, 7.0),
                        SelectionFixtures.spec("Bjørn Berg", "NO", VoicePart.B, 8.5)));
        JuryFixtures.Call jury = juries.closedCall(4, 2);
        List<UUID> seats = jury.jurors().stream().map(JuryFixtures.Juror::id).toList();
        AsUser.run(jury.organiser().email(), Role.ORGANISER, () -> {
            panels.compose(jury.auditionId(), seats, seats.getFirst(), Sharing.EVERYONE, 0);
            panels.startScoring(jury.auditionId());
        });
        UUID open = calls.open(calls.organiser(), 10);
        String candidate = candidates.eligibleCandidate();
        UUID draft = candidates.draft(candidate, open, VoicePart.A);
        String admin = TestAccounts.uniqueEmail("admin");
        String juror = jury.jurors().getFirst().email();
        jdbc.sql(
                        "insert into user_account (id, email, display_name, language, created_at) values (?, ?, ?, 'en', now())")
                .params(UUID.randomUUID(), admin, "Sweep Admin")
                .update();
        jdbc.sql("insert into user_account_role (user_id, role) select id, 'ADMIN' from user_account where email = ?")
                .params(admin)
                .update();
        List<String> accounts =
                List.of(ranked.organiser().email(), jury.organiser().email(), juror, candidate, admin);
        for (String email : accounts) {
            jdbc.sql("update user_account set password_hash = ? where email = ?")
                    .params(encoder.encode(TestAccounts.PASSWORD), email)
                    .update();
        }

        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put(
                "",
                List.of(
                        "/",
                        "/auditions",
                        "/auditions/" + open,
                        "/auditions/" + ranked.auditionId() + "/results",
                        "/login",
                        "/register",
                        "/password-reset",
                        "/password/not-a-real-link",
                        "/no-such-page"));
        routes.put(
                candidate,
                List.of(
                        "/",
                        "/profile",
                        "/my-applications",
                        "/my-applications/" + draft,
                        "/apply/" + open,
                        "/account",
                        "/organise"));
        routes.put(
                ranked.organiser().email(),
                List.of(
                        "/organise",
                        "/organise/" + ranked.auditionId(),
                        "/organise/" + ranked.auditionId() + "/applications",
                        "/organise/" + ranked.auditionId() + "/selection",
                        "/auditions/" + ranked.auditionId() + "/ranking",
                        "/jurors"));
        routes.put(
                jury.organiser().email(),
                List.of("/organise/" + jury.auditionId(), "/organise/" + jury.auditionId() + "/jury"));
        routes.put(juror, List.of("/jury", "/jury/" + jury.auditionId(), "/jury-marks/" + jury.auditionId()));
        routes.put(admin, List.of("/admin/accounts", "/admin/organisations", "/admin/media", "/admin/outbox"));

        List<String> failures = new ArrayList<>();
        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            jdbc.sql("update user_account set language = ? where email in (:emails)"
                            .replace(":emails", placeholders(accounts)))
                    .params(withLanguage(language, accounts))
                    .update();
            routes.forEach((account, paths) -> {
                try (BrowserContext context = context(language.getLanguage(), PHONE, 844)) {
                    Page page = context.newPage();
                    if (!account.isEmpty()) {
                        logIn(page, account);
                    }
                    for (String path : paths) {
                        page.navigate(url(path));
                        settle(page);
                        String name = language.getLanguage() + "-" + role(account, accounts)
                                + path.replaceAll("[0-9a-f-]{36}", "id").replaceAll("[^a-z-]+", "_");
                        page.screenshot(new Page.ScreenshotOptions()
                                .setPath(Path.of("target/screenshots/sweep/" + name + ".png")));
                        @SuppressWarnings("unchecked")
                        List<String> problems = (List<String>) page.evaluate(PROBLEMS);
                        problems.forEach(problem -> failures.add(language + " " + role(account, accounts) + " "
                                + path.replaceAll("[0-9a-f-]{36}", "{id}") + ": " + problem));
                    }
                }
            });
        }
        assertThat(failures).as("what does not fit a %d px phone", PHONE).isEmpty();
    }

    /** Waits until Vaadin has answered every request and the browser has laid the page out. */
    static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    private static String role(String account, List<String> accounts) {
        return account.isEmpty()
                ? "visitor"
                : List.of("organiser", "jury-organiser", "juror", "candidate", "admin")
                        .get(accounts.indexOf(account));
    }

    private static String placeholders(List<String> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    private static Object[] withLanguage(Locale language, List<String> accounts) {
        List<Object> params = new ArrayList<>();
        params.add(language.getLanguage());
        params.addAll(accounts);
        return params.toArray();
    }
}
