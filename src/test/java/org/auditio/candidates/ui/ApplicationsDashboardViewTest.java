package org.auditio.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.AcceptedMedia;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.candidates.MyApplications;
import org.auditio.candidates.SlotUploads;
import org.auditio.media.internal.Fingerprints;
import org.auditio.media.internal.MediaCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@AuditioTest
class ApplicationsDashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    TestClock clock;

    @Autowired
    AuditionFixtures fixtures;

    @Autowired
    CandidateFixtures candidates;

    @Autowired
    MyApplications applications;

    @Autowired
    SlotUploads uploads;

    @Autowired
    Fingerprints fingerprints;

    AuditionFixtures.Organiser organiser;
    UUID audition;

    @BeforeEach
    void applicants() {
        organiser = fixtures.organiser();
        audition = fixtures.open(organiser, 10);
        candidates.submitted(candidates.candidate("Ana Souza", LocalDate.of(2000, 5, 1), "BR"), audition, VoicePart.S);
        candidates.submitted(candidates.candidate("Zoé Petit", LocalDate.of(2008, 1, 1), "FR"), audition, VoicePart.A);
        candidates.draft(candidates.candidate("Jonas Berg", LocalDate.of(2004, 9, 9), "SE"), audition, VoicePart.T);
        AsUser.become(organiser.email(), Role.ORGANISER);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void the_organiser_sees_counts_filters_and_sorts_the_list_and_opens_an_application() {
        ApplicationsDashboardView dashboard = open();
        assertThat($(Span.class).withClassName("count").all())
                .extracting(Span::getText)
                .containsExactly("3", "2", "1", "0");
        assertThat(test(dashboard.grid).size()).isEqualTo(3);

        test(dashboard.filters.voicePart).selectItem("Soprano");
        assertThat(test(dashboard.grid).size()).isEqualTo(1);
        assertThat(test(dashboard.grid).getRow(0).candidateName()).isEqualTo("Ana Souza");
        dashboard.filters.voicePart.clear();

        test(dashboard.filters.minAge).setValue(20);
        assertThat(test(dashboard.grid).size()).isEqualTo(2);
        test(dashboard.filters.minAge).setValue(null);

        test(dashboard.grid).sortByColumn("AGE", SortDirection.DESCENDING);
        assertThat(test(dashboard.grid).getRow(0).candidateName()).isEqualTo("Ana Souza");
        test(dashboard.grid).sortByColumn("AGE", SortDirection.ASCENDING);
        assertThat(test(dashboard.grid).getRow(0).candidateName()).isEqualTo("Zoé Petit");

        test(dashboard.grid).clickRow(0);
        ApplicationReviewDialog dialog = $(ApplicationReviewDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Zoé Petit");
        assertThat($(ListItem.class)
                        .withTextContaining("Range test — recording")
                        .exists())
                .isTrue();

        test(dialog.until)
                .setValue(LocalDateTime.ofInstant(clock.instant(), AuditionService.DEFAULT_ZONE)
                        .plusDays(20));
        test(dialog.reason).setValue("Exchange student, recording supervised late");
        test(dialog.grant).click();
        assertThat($(ListItem.class)
                        .withTextContaining("Exchange student, recording supervised late")
                        .exists())
                .isTrue();
    }

    @Test
    void the_organiser_sees_what_was_measured_in_a_phone_video() {
        reviewOfAnUpload("Lea Video", AcceptedMedia.AUDIO, "clip.mov", "IMG_0042.MOV");

        assertThat($(Paragraph.class).withText("IMG_0042.MOV · 0:01").exists()).isTrue();
        assertThat($(Paragraph.class)
                        .withText("h264 · 96×64 · 10 fps · aac · 44.1 kHz · mono")
                        .exists())
                .isTrue();
    }

    @Test
    void the_organiser_sees_the_warning_its_singer_was_given_about_the_sound() {
        reviewOfAnUpload("Cleo Clipped", AcceptedMedia.VIDEO, "clipped.m4a", "loud.m4a");

        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anySatisfy(
                        text -> assertThat(text).matches("Sound: clipped \\([0-9.]+ % of samples at full scale\\)"));
    }

    @Test
    void the_organiser_sees_the_tags_embedded_in_a_file() {
        reviewOfAnUpload("Tim Tagged", AcceptedMedia.VIDEO, "tagged.mp3", "take 3.mp3");

        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Tags in the file: ")
                        .contains("artist: Jeanne Dupont", "title: Ave Maria"));
    }

    @Test
    void the_organiser_sees_which_stretch_another_applicant_sent_again_trimmed() throws Exception {
        Path dir = Files.createTempDirectory("same-performance");
        Path original = Files.write(dir.resolve("original.mp3"), MediaCorpus.bytes("sung-line.mp3"));
        Path trimmed =
                MediaCorpus.ffmpeg("-ss", "3", "-i", original, "-c:a", "aac", "-b:a", "64k", dir.resolve("cut.m4a"));
        String copier = candidates.candidate("Bo Copy", LocalDate.of(2001, 3, 3), "NO");
        UUID copy = candidates.draft(copier, audition, VoicePart.T);
        AsUser.run(copier, Role.CANDIDATE, () -> {
            UUID slot = applications.get(copy).slots().stream()
                    .filter(candidate -> candidate.piece().accepts() != AcceptedMedia.VIDEO)
                    .findFirst()
                    .orElseThrow()
                    .slotId();
            try (InputStream in = Files.newInputStream(trimmed)) {
                uploads.upload(copy, slot, in, "cut.m4a");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        reviewOfAnUpload("Ada Original", AcceptedMedia.VIDEO, "sung-line.mp3", "ave.mp3", true);

        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Warning: 0:0")
                        .contains("here is the same performance as 0:00–0:1", "of Bo Copy’s recording of"));
    }

    private void reviewOfAnUpload(String name, AcceptedMedia not, String corpusFile, String fileName) {
        reviewOfAnUpload(name, not, corpusFile, fileName, false);
    }

    /** A bass uploads a corpus file into the first slot that does not take only {@code not}; the organiser opens the review. */
    private void reviewOfAnUpload(
            String name, AcceptedMedia not, String corpusFile, String fileName, boolean fingerprinted) {
        String email = candidates.candidate(name, LocalDate.of(2001, 2, 2), "DE");
        UUID application = candidates.draft(email, audition, VoicePart.B);
        AsUser.run(email, Role.CANDIDATE, () -> {
            UUID slot = applications.get(application).slots().stream()
                    .filter(candidate -> candidate.piece().accepts() != not)
                    .findFirst()
                    .orElseThrow()
                    .slotId();
            uploads.upload(application, slot, MediaCorpus.open(corpusFile), fileName);
        });
        if (fingerprinted) {
            fingerprints.drain();
        }
        ApplicationsDashboardView dashboard = open();
        test(dashboard.filters.voicePart).selectItem("Bass");
        test(dashboard.grid).clickRow(0);
    }

    @Test
    void an_organiser_of_another_organisation_cannot_open_the_list_by_its_address() {
        AuditionFixtures.Organiser stranger = fixtures.organiser();
        AsUser.become(stranger.email(), Role.ORGANISER);
        assertThatThrownBy(() -> open()).hasMessageContaining("NotFoundView");
    }

    private ApplicationsDashboardView open() {
        return navigate(ApplicationsDashboardView.class, Map.of(ApplicationsDashboardView.ID, audition.toString()));
    }
}
