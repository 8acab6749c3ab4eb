package org.auditio.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadTester;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.AcceptedMedia;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ApplicationStatus;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.candidates.MyApplications;
import org.auditio.candidates.SlotView;
import org.auditio.media.MediaPlayer;
import org.auditio.media.internal.MediaCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A candidate fills slots by uploading, plays back what they sent, and is told why a file is refused. */
@AuditioTest
class ApplicationViewUploadTest extends SpringBrowserlessTest {

    @Autowired
    MyApplications applications;

    @Autowired
    TestClock clock;

    @Autowired
    AuditionFixtures calls;

    @Autowired
    CandidateFixtures candidates;

    UUID application;

    @BeforeEach
    void aDraftInEnglish() {
        UUID audition = calls.open(calls.organiser(), 10);
        String email = candidates.eligibleCandidate();
        application = candidates.draft(email, audition, VoicePart.A);
        AsUser.become(email, Role.CANDIDATE);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void every_open_slot_has_an_upload_field_and_no_player_yet() {
        ApplicationView page = open();
        assertThat(page.cards).hasSize(4);
        assertThat($(Upload.class).all()).hasSize(4);
        assertThat($(MediaPlayer.class).all()).isEmpty();
    }

    @Test
    void an_uploaded_mp3_fills_its_slot_and_plays_from_the_media_endpoint() {
        ApplicationView page = open();
        SlotView audioSlot = slot(AcceptedMedia.AUDIO);
        SlotCard card = page.cards.get(audioSlot.slotId());
        Upload upload = $(Upload.class, card).single();

        test(UploadTester.class, upload).upload("my range test.mp3", "audio/mpeg", MediaCorpus.bytes("tone.mp3"));

        assertThat(applications.get(application).slots().stream()
                        .filter(s -> s.slotId().equals(audioSlot.slotId()))
                        .findFirst()
                        .orElseThrow()
                        .filled())
                .isTrue();
        MediaPlayer player = card.mediaPlayer();
        assertThat(player).isNotNull();
        assertThat(player.tag()).isEqualTo("audio");
        assertThat(player.source()).startsWith("media/").doesNotContain("range test");
        assertThat(card.state.getText()).startsWith("Recording received");
        assertThat(card.player.getChildren().map(child -> child.getElement().getText()))
                .contains("my range test.mp3 · 0:01");
    }

    @Test
    void the_first_upload_is_announced_by_its_stored_name_and_the_button_then_offers_to_replace_it() {
        ApplicationView page = open();
        SlotCard card = page.cards.get(slot(AcceptedMedia.AUDIO).slotId());
        Upload upload = $(Upload.class, card).single();
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Upload a recording");

        test(UploadTester.class, upload).upload("../../\u202Egnp.mp3", "audio/mpeg", MediaCorpus.bytes("tone.mp3"));

        assertThat($(Notification.class).all().stream()
                        .map(notification -> test(notification).getText()))
                .contains("Recording received: gnp.mp3.")
                .noneMatch(text -> text.contains("\u202E") || text.contains("../"));
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Replace the recording");
    }

    @Test
    void a_slot_taking_audio_or_video_names_the_size_limit_of_each() {
        ApplicationView page = open();
        SlotCard either = page.cards.get(slot(AcceptedMedia.EITHER).slotId());
        SlotCard audio = page.cards.get(slot(AcceptedMedia.AUDIO).slotId());
        String formats = "MP3, M4A (AAC), WAV, AIFF, FLAC, Ogg Vorbis, Opus, MP4, MOV, WebM";
        assertThat($(Paragraph.class, either)
                        .withText("Accepted formats: " + formats + ". At most 0.2 MB for audio, 0.4 MB for video.")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class, audio)
                        .withTextContaining("At most 0.2 MB.")
                        .exists())
                .isTrue();
    }

    @Test
    void a_clipped_take_is_kept_and_its_singer_is_told_at_once_and_under_the_recording() {
        ApplicationView page = open();
        SlotCard card = page.cards.get(slot(AcceptedMedia.AUDIO).slotId());
        test(UploadTester.class, $(Upload.class, card).single())
                .upload("loud take.m4a", "audio/mp4", MediaCorpus.bytes("clipped.m4a"));

        String told = "This recording is clipped: the sound was too loud for the microphone";
        assertThat(card.mediaPlayer()).isNotNull();
        assertThat($(Notification.class).all().stream()
                        .map(notification -> test(notification).getText()))
                .anySatisfy(text -> assertThat(text).startsWith(told));
        assertThat($(Paragraph.class, card).withTextContaining(told).exists()).isTrue();
    }

    @Test
    void a_phone_video_plays_in_a_video_element() {
        ApplicationView page = open();
        SlotCard card = page.cards.get(slot(AcceptedMedia.EITHER).slotId());
        test(UploadTester.class, $(Upload.class, card).single())
                .upload("IMG_0001.MOV", "video/quicktime", MediaCorpus.bytes("clip.mov"));
        assertThat(card.mediaPlayer()).isNotNull();
        assertThat(card.mediaPlayer().tag()).isEqualTo("video");
    }

    @Test
    void a_disguised_file_is_refused_with_the_accepted_formats_and_the_slot_stays_empty() {
        ApplicationView page = open();
        SlotView audioSlot = slot(AcceptedMedia.AUDIO);
        SlotCard card = page.cards.get(audioSlot.slotId());
        test(UploadTester.class, $(Upload.class, card).single())
                .upload("song.mp3", "audio/mpeg", MediaCorpus.bytes("script-renamed.mp3"));

        List<String> notices = $(Notification.class).all().stream()
                .map(notification -> test(notification).getText())
                .toList();
        assertThat(notices)
                .contains("This file is not a recording we accept. Accepted formats: "
                        + "MP3, M4A (AAC), WAV, AIFF, FLAC, Ogg Vorbis, Opus, WebM.");
        assertThat(card.mediaPlayer()).isNull();
        assertThat(applications.get(application).missingMandatory()).isEqualTo(4);
        assertThat($(Upload.class, card)
                        .single()
                        .getI18n()
                        .getUploading()
                        .getError()
                        .getForbidden())
                .isEqualTo("This file was refused.");
    }

    @Test
    void a_refused_file_leaves_its_reason_on_the_slot_until_the_next_try() {
        ApplicationView page = open();
        SlotCard card = page.cards.get(slot(AcceptedMedia.AUDIO).slotId());
        SlotUpload field = $(SlotUpload.class, card).single();
        assertThat(field.refusal.isVisible()).isFalse();

        test(UploadTester.class, field.upload)
                .upload("song.mp3", "audio/mpeg", MediaCorpus.bytes("script-renamed.mp3"));
        // The notice goes away by itself; the slot keeps saying why.
        $(Notification.class).all().forEach(Notification::close);
        assertThat(field.refusal.isVisible()).isTrue();
        assertThat(field.refusal.getText()).startsWith("This file is not a recording we accept.");

        test(UploadTester.class, field.upload).upload("song.mp3", "audio/mpeg", MediaCorpus.bytes("tone.mp3"));
        assertThat(field.refusal.isVisible()).isFalse();
        assertThat(card.mediaPlayer()).isNotNull();
    }

    @Test
    void after_redraws_one_click_submits_once() {
        ApplicationView page = open();
        for (SlotView slot : applications.get(application).slots()) {
            applications.attachRecording(application, slot.slotId(), UUID.randomUUID());
        }
        page = open();
        test(page.voicePart).selectItem("Soprano");
        test(page.voicePart).selectItem("Alto");
        test(page.submit).click();
        assertThat(applications.get(application).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat($(Notification.class).all().stream()
                        .map(notification -> test(notification).getText()))
                .noneMatch(text -> text.contains("withdraw it to change it"));
        assertThat(applications.get(application).voicePart()).isEqualTo(VoicePart.A);
    }

    @Test
    void after_the_deadline_the_page_offers_no_upload() {
        clock.advance(Duration.ofDays(11));
        open();
        assertThat($(Upload.class).all()).isEmpty();
    }

    private ApplicationView open() {
        return navigate(ApplicationView.class, Map.of(ApplicationView.ID, application.toString()));
    }

    private SlotView slot(AcceptedMedia accepts) {
        return applications.get(application).slots().stream()
                .filter(slot -> slot.piece().accepts() == accepts)
                .findFirst()
                .orElseThrow();
    }
}
