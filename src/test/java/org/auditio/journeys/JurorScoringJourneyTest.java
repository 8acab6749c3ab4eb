package org.auditio.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditio.AsUser;
import org.auditio.Fixtures;
import org.auditio.SharedSecurityContextStrategy;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.candidates.MyApplications;
import org.auditio.candidates.SlotUploads;
import org.auditio.candidates.SlotView;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryWork;
import org.auditio.jury.QueueEntry;
import org.auditio.jury.Sharing;
import org.auditio.media.internal.SungLine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A juror, in French and with the keyboard alone, plays a real recording (its time advances), takes
 * a note at the playback position and seeks back to it with a click, scores three candidates and
 * sees progress move; a second juror, logged in separately, sees none of the first one's marks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Journeys start contexts of their own: one security context strategy for all of the JVM's test
// contexts, or method security in one stops seeing the users the other sets (vaadin/flow#25507).
@Import({TestClock.Config.class, SharedSecurityContextStrategy.class, Fixtures.class})
class JurorScoringJourneyTest extends BrowserJourney {

    private static final Pattern NOTE_TIME = Pattern.compile("(\\d+):(\\d\\d) — intonation");

    @Autowired
    MyApplications applications;

    @Autowired
    SlotUploads uploads;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JuryPanels panels;

    @Autowired
    JuryWork work;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditionFixtures calls;

    @Autowired
    CandidateFixtures candidates;

    @Test
    void a_juror_listens_notes_and_scores_three_candidates_by_keyboard_and_another_juror_sees_none_of_it() {
        AuditionFixtures.Organiser organiser = calls.organiser();
        UUID audition = calls.open(organiser, 3);
        byte[] wav = SungLine.wav(
                List.of(
                        new SungLine.Note(-1, 0.2),
                        new SungLine.Note(57, 1.3),
                        new SungLine.Note(59, 1.3),
                        new SungLine.Note(61, 1.3),
                        new SungLine.Note(62, 1.3),
                        new SungLine.Note(-1, 0.2)),
                7);
        for (VoicePart part : List.of(VoicePart.S, VoicePart.A, VoicePart.T)) {
            submitWithRecordings(candidates, audition, part, wav);
        }
        clock.advance(Duration.ofDays(4));
        List<UUID> jurors = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            String email = TestAccounts.uniqueEmail("juror");
            String name = "Juror " + i;
            emails.add(email);
            jurors.add(AsUser.call(
                            organiser.email(),
                            Role.ORGANISER,
                            () -> administration.inviteJuror(email, name, Locale.FRENCH))
                    .id());
            // As if the invited juror had chosen a password from the invitation.
            jdbc.sql("update user_account set password_hash = ? where email = ?")
                    .params(encoder.encode(TestAccounts.PASSWORD), email)
                    .update();
        }
        AsUser.run(organiser.email(), Role.ORGANISER, () -> {
            panels.compose(audition, jurors, jurors.getFirst(), Sharing.EVERYONE, 0);
            panels.startScoring(audition);
        });
        String firstCode = AsUser.call(emails.getFirst(), Role.JUROR, () -> work.queue(audition))
                .getFirst()
                .code();

        try (BrowserContext context = context("fr-FR", 1280, 900)) {
            Page page = context.newPage();
            logIn(page, emails.getFirst());
            page.navigate(url("/jury/" + audition));
            assertThat(page.getByText("0 sur 3 évalué(s)")).isVisible();
            Locator audio = page.locator("audio").first();
            audio.evaluate("a => new Promise(done => { if (a.readyState >= 1) done();"
                    + " else a.addEventListener('loadedmetadata', done, {once: true}); })");

            page.keyboard().press("Alt+KeyA");
            page.waitForFunction("a => !a.paused && a.currentTime > 1.2", audio.elementHandle());
            page.keyboard().press("Alt+KeyA");
            page.waitForFunction("a => a.paused", audio.elementHandle());
            screenshot(page, "jury-playing");

            page.keyboard().press("Alt+KeyT");
            page.waitForFunction("() => document.activeElement?.closest('#note-text') != null");
            page.keyboard().type("intonation drops");
            page.keyboard().press("Enter");
            Locator note = page.locator("vaadin-button.timed-note");
            assertThat(note).hasCount(1);
            Matcher time = NOTE_TIME.matcher(note.innerText());
            assertThat(time.find()).isTrue();
            int noteSeconds = Integer.parseInt(time.group(1)) * 60 + Integer.parseInt(time.group(2));
            assertThat(noteSeconds).isGreaterThanOrEqualTo(1);

            page.keyboard().press("Alt+KeyJ");
            page.waitForFunction("a => a.currentTime < 0.5", audio.elementHandle());
            note.click();
            page.waitForFunction(
                    "([a, s]) => Math.abs(a.currentTime - s) < 0.3", List.of(audio.elementHandle(), noteSeconds));
            screenshot(page, "jury-note-seek");

            for (int scored = 1; scored <= 3; scored++) {
                markEveryCriterionByKeyboard(page);
                page.keyboard().press("Alt+KeyS");
                assertThat(page.getByText(scored + " sur 3 évalué(s)")).isVisible();
                if (scored < 3) {
                    // The next candidate's code has the focus, in sight.
                    assertThat(page.locator("h2.candidate-heading:focus")).isInViewport();
                }
            }
            screenshot(page, "jury-three-scored");
        }

        try (BrowserContext context = context("fr-FR", 1280, 900)) {
            Page page = context.newPage();
            logIn(page, emails.get(1));
            page.navigate(url("/jury/" + audition + "/" + firstCode));
            assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText(firstCode)))
                    .isVisible();
            assertThat(page.getByText("0 sur 3 évalué(s)")).isVisible();
            assertThat(page.locator(".others-marks")).hasCount(0);
            assertThat(page.locator("vaadin-button.timed-note")).hasCount(0);
            Locator fields = page.locator("vaadin-text-field[id^=criterion-]");
            for (int i = 0; i < fields.count(); i++) {
                assertThat(fields.nth(i).evaluate("f => f.value")).isEqualTo("");
            }
            screenshot(page, "jury-second-juror");
        }
        List<QueueEntry> first = AsUser.call(emails.getFirst(), Role.JUROR, () -> work.queue(audition));
        assertThat(first).allMatch(e -> e.state().done());
        assertThat(AsUser.call(emails.getFirst(), Role.JUROR, () -> work.open(audition, firstCode))
                        .rubric())
                .as("8,5 typed in French is 8.5, not 85")
                .allSatisfy(mark -> assertThat(mark.value()).isEqualByComparingTo("8.5"));
    }

    /**
     * Alt+n goes to criterion n; the mark is typed there at once, as a French juror writes it, with
     * a decimal comma (the youth choir's scales go from 0 to 10 by 0.5).
     */
    private static void markEveryCriterionByKeyboard(Page page) {
        Locator fields = page.locator("vaadin-text-field[id^=criterion-]");
        int count = fields.count();
        for (int n = 1; n <= count; n++) {
            // No waiting for the focus: a juror types straight after Alt+n.
            page.keyboard().press("Alt+Digit" + n);
            page.keyboard().type("8,5");
        }
        page.keyboard().press("Alt+Digit1");
        for (int n = 1; n <= count; n++) {
            assertThat(fields.nth(n - 1)).not().hasAttribute("invalid", "");
        }
    }

    private void submitWithRecordings(CandidateFixtures candidates, UUID audition, VoicePart part, byte[] wav) {
        String email = candidates.eligibleCandidate();
        UUID application = candidates.draft(email, audition, part);
        AsUser.run(email, Role.CANDIDATE, () -> {
            for (SlotView slot : applications.get(application).slots()) {
                uploads.upload(application, slot.slotId(), new ByteArrayInputStream(wav), "take.wav");
            }
            applications.submit(application);
        });
    }
}
