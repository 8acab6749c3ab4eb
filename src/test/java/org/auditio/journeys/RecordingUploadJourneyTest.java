package org.auditio.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.auditio.Fixtures;
import org.auditio.SharedSecurityContextStrategy;
import org.auditio.TestClock;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.CandidateFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A candidate uploads an mp3 and a phone video into two slots at once, plays one back from its
 * middle, has a disguised file refused and sends the right one in its place; another candidate gets nothing from the media URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Journeys start contexts of their own: one security context strategy for all of the JVM's test
// contexts, or method security in one stops seeing the users the other sets (vaadin/flow#25507).
@Import({TestClock.Config.class, SharedSecurityContextStrategy.class, Fixtures.class})
class RecordingUploadJourneyTest extends BrowserJourney {

    @Autowired
    AuditionFixtures calls;

    @Autowired
    CandidateFixtures candidates;

    @Test
    void a_candidate_uploads_two_recordings_at_once_plays_one_and_keeps_it_private() throws IOException {
        UUID audition = calls.open(calls.organiser(), 10);
        String owner = candidates.eligibleCandidate();
        UUID application = candidates.draft(owner, audition, VoicePart.A);
        String mediaUrl;

        try (BrowserContext context = context("fr-FR", 1280, 900)) {
            Page page = context.newPage();
            logIn(page, owner);
            page.navigate(url("/my-applications/" + application));
            Locator inputs = page.locator("vaadin-upload input[type=file]");
            // Both slots at once: the second starts while the first is still going.
            inputs.nth(0).setInputFiles(payload("tone.mp3", "range test.mp3", "audio/mpeg"));
            inputs.nth(1).setInputFiles(payload("clip.mov", "IMG_0042.MOV", "video/quicktime"));
            assertThat(page.locator("audio")).hasCount(1);
            assertThat(page.locator("video")).hasCount(1);

            Locator audio = page.locator("audio").first();
            mediaUrl = url("/" + audio.getAttribute("src"));
            // Metadata already there: done (load() would reset the element and forget the duration).
            audio.evaluate("a => new Promise(done => { if (a.readyState >= 1) { done(); return; }"
                    + " a.addEventListener('loadedmetadata', done, {once: true}); a.load(); })");
            double duration = ((Number) audio.evaluate("a => a.duration")).doubleValue();
            assertThat(duration).isBetween(1.4, 1.7);
            audio.evaluate("a => { a.currentTime = a.duration / 2; return a.play(); }");
            page.waitForFunction("a => a.currentTime > a.duration / 2 + 0.1 || a.ended", audio.elementHandle());
            // The tone is loud (about -10 LUFS): it plays turned down towards -23 LUFS through Web Audio.
            assertThat(Double.parseDouble(audio.getAttribute("data-levelling-db")))
                    .isBetween(-14.0, -11.0);
            assertThat((String) audio.evaluate("a => a.levelling ? a.levelling.state : 'none'"))
                    .isEqualTo("running");
            screenshot(page, "upload-two-slots");

            inputs.nth(2).setInputFiles(payload("script-renamed.mp3", "set piece.mp3", "audio/mpeg"));
            screenshot(page, "upload-refused");
            assertThat(page.getByText("Ce fichier n’est pas un enregistrement accepté.")
                            .first())
                    .isVisible();
            assertThat(page.locator("audio, video")).hasCount(2);
            // The refused file does not hold the field: the next try in the same slot goes through.
            inputs.nth(2).setInputFiles(payload("tone.wav", "set piece.wav", "audio/wav"));
            assertThat(page.locator("audio, video")).hasCount(3);
        }

        String stranger = candidates.eligibleCandidate();
        try (BrowserContext context = context("fr-FR", 1280, 900)) {
            Page page = context.newPage();
            logIn(page, stranger);
            int status = context.request().get(mediaUrl).status();
            assertThat(status).isEqualTo(404);
        }
        try (BrowserContext anonymous = context("fr-FR", 1280, 900)) {
            assertThat(anonymous.request().get(mediaUrl).status()).isEqualTo(404);
        }
    }

    private static FilePayload payload(String corpusFile, String name, String type) throws IOException {
        try (InputStream in = RecordingUploadJourneyTest.class.getResourceAsStream("/media/" + corpusFile)) {
            return new FilePayload(name, type, in.readAllBytes());
        }
    }
}
