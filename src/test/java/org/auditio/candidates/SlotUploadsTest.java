package org.auditio.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.AcceptedMedia;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.media.MediaKind;
import org.auditio.media.MediaPolicy;
import org.auditio.media.Recordings;
import org.auditio.media.domain.RecordingRepository;
import org.auditio.media.internal.MediaCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AuditioTest
class SlotUploadsTest {

    @Autowired
    SlotUploads uploads;

    @Autowired
    MyApplications applications;

    @Autowired
    Recordings recordings;

    @Autowired
    RecordingRepository rows;

    @Autowired
    TestClock clock;

    @Autowired
    AuditionFixtures calls;

    @Autowired
    CandidateFixtures candidates;

    AuditionFixtures.Organiser organiser;
    UUID audition;
    String email;
    UUID application;
    SlotView audioOnly;
    SlotView either;

    @BeforeEach
    void aDraft() {
        organiser = calls.organiser();
        audition = calls.open(organiser, 10);
        email = candidates.eligibleCandidate();
        application = candidates.draft(email, audition, VoicePart.A);
        MyApplication draft = as(() -> applications.get(application));
        audioOnly = draft.slots().stream()
                .filter(slot -> slot.piece().accepts() == AcceptedMedia.AUDIO)
                .findFirst()
                .orElseThrow();
        either = draft.slots().stream()
                .filter(slot -> slot.piece().accepts() == AcceptedMedia.EITHER)
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_upload_becomes_the_slots_recording_and_a_second_one_replaces_it() {
        MyApplication first =
                as(() -> uploads.upload(application, either.slotId(), MediaCorpus.open("tone.mp3"), "a.mp3"));
        UUID firstRecording = slot(first, either.slotId()).recordingId();
        assertThat(firstRecording).isNotNull();
        assertThat(as(() -> recordings.find(firstRecording)).orElseThrow().kind())
                .isEqualTo(MediaKind.AUDIO);

        MyApplication second =
                as(() -> uploads.upload(application, either.slotId(), MediaCorpus.open("clip.mov"), "b.mov"));
        SlotView replaced = slot(second, either.slotId());
        assertThat(replaced.recordingId()).isNotEqualTo(firstRecording);
        assertThat(replaced.replacedRecordings()).isEqualTo(1);
        assertThat(as(() -> recordings.find(replaced.recordingId()))
                        .orElseThrow()
                        .kind())
                .isEqualTo(MediaKind.VIDEO);
    }

    @Test
    void the_slots_kinds_and_longest_duration_go_to_the_media_store() {
        MediaPolicy rangeTest = SlotMediaPolicy.of(audioOnly.piece());
        assertThat(rangeTest.audio()).isTrue();
        assertThat(rangeTest.video()).isFalse();
        assertThat(rangeTest.maxDuration()).isEqualTo(audioOnly.piece().maxDuration());
        assertThat(SlotMediaPolicy.of(either.piece()).accepts(MediaKind.VIDEO)).isTrue();
    }

    @Test
    void the_same_file_from_two_candidates_is_flagged_to_the_organisers_and_never_to_candidates() {
        UUID mine = slot(
                        as(() -> uploads.upload(application, either.slotId(), MediaCorpus.open("tone.ogg"), "a.ogg")),
                        either.slotId())
                .recordingId();
        String other = candidates.eligibleCandidate();
        UUID theirs = candidates.draft(other, audition, VoicePart.S);
        AsUser.run(other, Role.CANDIDATE, () -> {
            UUID slotId = slotAccepting(applications.get(theirs), AcceptedMedia.EITHER);
            uploads.upload(theirs, slotId, MediaCorpus.open("tone.ogg"), "copy.ogg");
        });
        // unique samples: bytes appended after the sound would not be stored (uploads are remuxed)
        byte[] unique = MediaCorpus.bytes("tone.wav");
        System.arraycopy(UUID.randomUUID().toString().getBytes(), 0, unique, 1000, 36);
        UUID original = slot(
                        as(() -> uploads.upload(
                                application, audioOnly.slotId(), new ByteArrayInputStream(unique), "own.wav")),
                        audioOnly.slotId())
                .recordingId();

        AsUser.run(organiser.email(), Role.ORGANISER, () -> {
            assertThat(recordings.sharedWithOtherOwners(mine)).isTrue();
            assertThat(recordings.sharedWithOtherOwners(original)).isFalse();
        });
        assertThatThrownBy(() -> as(() -> recordings.sharedWithOtherOwners(mine)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static UUID slotAccepting(MyApplication application, AcceptedMedia accepts) {
        return application.slots().stream()
                .filter(slot -> slot.piece().accepts() == accepts)
                .findFirst()
                .orElseThrow()
                .slotId();
    }

    @Test
    void a_video_in_an_audio_only_slot_is_refused_and_the_slot_stays_empty() {
        assertThatThrownBy(() -> as(() ->
                        uploads.upload(application, audioOnly.slotId(), MediaCorpus.open("clip.mp4"), "clip.mp4")))
                .hasMessage("media.refused.kind.VIDEO");
        assertThat(slot(as(() -> applications.get(application)), audioOnly.slotId())
                        .filled())
                .isFalse();
    }

    @Test
    void when_the_deadline_passes_while_the_bytes_arrive_the_upload_is_refused_and_removed() {
        long before = rows.count();
        InputStream slowUpload = new ByteArrayInputStream(MediaCorpus.bytes("tone.wav")) {
            @Override
            public int read(byte[] buffer, int offset, int length) {
                int read = super.read(buffer, offset, length);
                if (read == -1) {
                    clock.advance(Duration.ofDays(11));
                }
                return read;
            }
        };
        assertThatThrownBy(() -> as(() -> uploads.upload(application, either.slotId(), slowUpload, "late.wav")))
                .hasMessage("application.deadline-passed");
        assertThat(rows.count()).isEqualTo(before);
        assertThat(slot(as(() -> applications.get(application)), either.slotId())
                        .filled())
                .isFalse();
    }

    @Test
    void after_the_deadline_no_byte_is_read() {
        clock.advance(Duration.ofDays(11));
        InputStream untouched = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new AssertionError("read after the deadline");
            }
        };
        assertThatThrownBy(() -> as(() -> uploads.upload(application, either.slotId(), untouched, "x.mp3")))
                .hasMessage("application.deadline-passed");
    }

    @Test
    void another_candidate_cannot_upload_into_the_application() {
        String intruder = candidates.eligibleCandidate();
        assertThatThrownBy(() -> AsUser.call(
                        intruder,
                        Role.CANDIDATE,
                        () -> uploads.upload(application, either.slotId(), MediaCorpus.open("tone.mp3"), "x.mp3")))
                .hasMessage("application.not-found");
        assertThat(slot(as(() -> applications.get(application)), either.slotId())
                        .filled())
                .isFalse();
    }

    private static SlotView slot(MyApplication application, UUID slotId) {
        return application.slots().stream()
                .filter(slot -> slot.slotId().equals(slotId))
                .findFirst()
                .orElseThrow();
    }

    private <T> T as(Supplier<T> action) {
        return AsUser.call(email, Role.CANDIDATE, action);
    }
}
