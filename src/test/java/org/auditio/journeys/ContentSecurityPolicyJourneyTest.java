package org.auditio.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.Fixtures;
import org.auditio.SharedSecurityContextStrategy;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountService;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.jury.JuryFixtures;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryWork;
import org.auditio.ranking.RankingFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The Content-Security-Policy holds for Vaadin: every route, as the role it is meant for (and the
 * public ones anonymously), opens in Chromium without one violation, whether reported as a {@code
 * securitypolicyviolation} event or as a console message. A route added to the code without being
 * visited here fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClock.Config.class, SharedSecurityContextStrategy.class, Fixtures.class})
class ContentSecurityPolicyJourneyTest extends BrowserJourney {

    /** Records violations in the page, from before any of its own scripts runs. */
    private static final String LISTEN = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(
                e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    /** Vaadin has started and answered everything the page asked (faster than waiting for network idle). */
    private static final String VAADIN_IDLE = """
            () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                && Object.keys(window.Vaadin.Flow.clients).length > 0
                && Object.values(window.Vaadin.Flow.clients).every(client => typeof client.isActive !== "function" || !client.isActive())
            """;

    @Autowired
    AccountService accounts;

    @Autowired
    JuryFixtures juries;

    @Autowired
    AuditionFixtures auditions;

    @Autowired
    CandidateFixtures candidates;

    @Autowired
    JuryPanels panels;

    @Autowired
    JuryWork work;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void no_route_breaks_the_content_security_policy_for_any_role() {
        long started = System.nanoTime();
        JuryFixtures.Call scored = juries.closedCall(2, 2);
        RankingFixtures jury = new RankingFixtures(panels, work);
        jury.start(scored);
        String code = jury.codes(scored).getFirst();
        String closed = scored.auditionId().toString();
        UUID open = auditions.open(scored.organiser(), 10);
        String candidate = candidates.eligibleCandidate();
        UUID application = candidates.draft(candidate, open, VoicePart.A);
        String chair = scored.jurors().getFirst().email();
        String admin = TestAccounts.candidate(accounts, Locale.ENGLISH);
        jdbc.sql("insert into user_account_role (user_id, role) select id, 'ADMIN' from user_account where email = ?")
                .param(admin)
                .update();
        for (String invited : List.of(scored.organiser().email(), chair)) {
            jdbc.sql("update user_account set password_hash = ? where email = ?")
                    .params(encoder.encode(TestAccounts.PASSWORD), invited)
                    .update();
        }

        Map<String, List<Visit>> visits = new LinkedHashMap<>();
        visits.put(
                null,
                List.of(
                        new Visit("", "/"),
                        new Visit("login", "/login"),
                        new Visit("register", "/register"),
                        new Visit("activate/:secret", "/activate/not-a-real-link"),
                        new Visit("password-reset", "/password-reset"),
                        new Visit("password/:secret", "/password/not-a-real-link"),
                        new Visit("auditions", "/auditions"),
                        new Visit("auditions/:auditionId", "/auditions/" + open),
                        new Visit("auditions/:auditionId/results", "/auditions/" + closed + "/results")));
        visits.put(
                candidate,
                List.of(
                        new Visit("profile", "/profile"),
                        new Visit("apply/:auditionId", "/apply/" + open),
                        new Visit("my-applications", "/my-applications"),
                        new Visit("my-applications/:applicationId", "/my-applications/" + application),
                        new Visit("account", "/account")));
        visits.put(
                chair,
                List.of(
                        new Visit("jury", "/jury"),
                        new Visit("jury/:auditionId/:code?", "/jury/" + closed + "/" + code),
                        new Visit("jury-marks/:auditionId", "/jury-marks/" + closed),
                        new Visit("auditions/:auditionId/ranking", "/auditions/" + closed + "/ranking")));
        visits.put(
                scored.organiser().email(),
                List.of(
                        new Visit("organise", "/organise"),
                        new Visit("organise/:auditionId", "/organise/" + closed),
                        new Visit("organise/:auditionId/applications", "/organise/" + closed + "/applications"),
                        new Visit("organise/:auditionId/jury", "/organise/" + closed + "/jury"),
                        new Visit("organise/:auditionId/selection", "/organise/" + closed + "/selection"),
                        new Visit("jurors", "/jurors")));
        visits.put(
                admin,
                List.of(
                        new Visit("admin/accounts", "/admin/accounts"),
                        new Visit("admin/organisations", "/admin/organisations"),
                        new Visit("admin/media", "/admin/media"),
                        new Visit("admin/outbox", "/admin/outbox")));

        Set<String> visited = visits.values().stream()
                .flatMap(List::stream)
                .map(Visit::route)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(visited).as("every route of the application is visited").containsAll(routes());

        List<String> violations = new ArrayList<>();
        long browsing = System.nanoTime();
        int pages = 0;
        for (Map.Entry<String, List<Visit>> role : visits.entrySet()) {
            try (BrowserContext context = context("en-GB", 1280, 900)) {
                context.addInitScript(LISTEN);
                Page page = context.newPage();
                page.onConsoleMessage(message -> {
                    if (message.text().contains("Content Security Policy")) {
                        violations.add(page.url() + " console: " + message.text());
                    }
                });
                if (role.getKey() != null) {
                    logIn(page, role.getKey());
                    violations.addAll(collected(page));
                }
                for (Visit visit : role.getValue()) {
                    page.navigate(url(visit.path()));
                    page.waitForFunction(VAADIN_IDLE);
                    violations.addAll(collected(page));
                    pages++;
                }
            }
        }
        System.out.printf(
                "CSP journey: %d pages, %d logins in %d ms (fixtures before them: %d ms)%n",
                pages,
                visits.size() - 1,
                (System.nanoTime() - browsing) / 1_000_000L,
                (browsing - started) / 1_000_000L);
        assertThat(violations).as("CSP violations").isEmpty();
    }

    private static List<String> collected(Page page) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate("window.__violations || []");
        page.evaluate("window.__violations = []");
        return found.stream().map(v -> page.url() + " " + v).toList();
    }

    /** Every route template the application declares. */
    private static Set<String> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.auditio")) {
            try {
                routes.add(Class.forName(candidate.getBeanClassName())
                        .getAnnotation(Route.class)
                        .value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    private record Visit(String route, String path) {}
}
