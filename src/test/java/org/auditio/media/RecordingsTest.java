package org.auditio.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.common.UserError;
import org.auditio.media.domain.Recording;
import org.auditio.media.domain.RecordingRepository;
import org.auditio.media.internal.MediaCorpus;
import org.auditio.media.internal.MediaSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@AuditioTest
class RecordingsTest {

    @Autowired
    Recordings recordings;

    @Autowired
    RecordingRepository rows;

    @Autowired
    AccountService accounts;

    @Autowired
    MediaSettings settings;

    String candidate;
    UUID candidateId;

    @BeforeEach
    void candidate() {
        candidate = TestAccounts.candidate(accounts, Locale.ENGLISH);
        candidateId = as(() -> accounts.current().orElseThrow().id());
    }

    @Test
    void an_mp3_is_stored_remuxed_under_the_stored_contents_hash_and_only_then_complete() throws Exception {
        byte[] mp3 = MediaCorpus.bytes("tone.mp3");

        RecordingInfo stored =
                as(() -> recordings.store(new ByteArrayInputStream(mp3), "tone.mp3", MediaPolicy.either()));

        String sha256 = stored.sha256();
        assertThat(stored.contentType()).isEqualTo("audio/mpeg");
        assertThat(stored.kind()).isEqualTo(MediaKind.AUDIO);
        assertThat(stored.displayName()).isEqualTo("tone.mp3");
        assertThat(stored.playbackPath())
                .startsWith("/media/")
                .doesNotContain(sha256)
                .doesNotContain(candidateId.toString());
        Path file = root().resolve("sha256")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
        byte[] kept = Files.readAllBytes(file);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(kept)))
                .isEqualTo(sha256);
        assertThat(stored.sizeBytes()).isEqualTo(kept.length);
        // the same frames in a fresh file: the upload's own bytes (its ID3 tag) are not what is kept
        assertThat(kept).isNotEqualTo(mp3);
        assertThat(stored.duration()).isCloseTo(Duration.ofMillis(1567), Duration.ofMillis(60));
        assertThat(rows.findById(stored.id()).orElseThrow().complete()).isTrue();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void an_ogg_whose_damaged_page_makes_type_detection_throw_is_refused_as_unreadable() {
        byte[] ogg = MediaCorpus.bytes("tone.ogg");
        int second = indexOf(ogg, "OggS".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1);
        ogg[second + 4] = (byte) 239; // a page format version nobody knows
        assertRefusedLeavingNothing(
                () -> new ByteArrayInputStream(ogg), MediaPolicy.audioOnly(), "media.refused.unreadable");
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void the_duration_is_measured_and_a_recording_longer_than_the_slot_allows_is_refused() {
        assertRefusedLeavingNothing(
                () -> MediaCorpus.open("tone.flac"),
                MediaPolicy.audioOnly().lastingAtMost(Duration.ofSeconds(1)),
                "media.refused.too-long");
        UserError error = refusal(
                () -> MediaCorpus.open("tone.flac"), MediaPolicy.audioOnly().lastingAtMost(Duration.ofSeconds(1)));
        assertThat(error.arguments()).containsExactly("0:02", "0:01");

        RecordingInfo wav = as(() -> recordings.store(
                MediaCorpus.open("tone.wav"),
                "tone.wav",
                MediaPolicy.audioOnly().lastingAtMost(Duration.ofSeconds(80))));
        assertThat(wav.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(wav.facts().sampleRate()).isEqualTo(22050);
    }

    @Test
    void a_sound_only_webm_from_a_laptop_is_audio_and_fits_an_audio_slot() {
        RecordingInfo stored =
                as(() -> recordings.store(MediaCorpus.open("voice.webm"), "recording.webm", MediaPolicy.audioOnly()));
        assertThat(stored.kind()).isEqualTo(MediaKind.AUDIO);
        assertThat(stored.contentType()).isEqualTo("audio/webm");
        assertThat(stored.duration()).isCloseTo(Duration.ofMillis(1508), Duration.ofMillis(100));
    }

    @Test
    void a_phone_video_is_stored_as_video() {
        RecordingInfo stored =
                as(() -> recordings.store(MediaCorpus.open("clip.mp4"), "IMG_0001.MP4", MediaPolicy.either()));
        assertThat(stored.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(stored.contentType()).isEqualTo("video/mp4");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "archive-renamed.mp3",
                "script-renamed.mp3",
                "image-renamed.mp3",
                "page-renamed.m4a",
                "png-renamed.wav",
                "random-bytes.flac"
            })
    void a_disguised_file_is_refused_naming_the_accepted_formats_and_leaves_nothing(String file) {
        assertRefusedLeavingNothing(() -> MediaCorpus.open(file), MediaPolicy.audioOnly(), "media.refused.type");
        UserError error = refusal(() -> MediaCorpus.open(file), MediaPolicy.audioOnly());
        assertThat(error.arguments()).containsExactly("MP3, M4A (AAC), WAV, AIFF, FLAC, Ogg Vorbis, Opus, WebM");
    }

    @Test
    void an_empty_file_is_refused() {
        assertRefusedLeavingNothing(
                () -> new ByteArrayInputStream(new byte[0]), MediaPolicy.either(), "media.refused.empty");
    }

    @Test
    void a_video_in_an_audio_only_slot_and_audio_in_a_video_only_slot_are_refused() {
        assertRefusedLeavingNothing(
                () -> MediaCorpus.open("clip.webm"), MediaPolicy.audioOnly(), "media.refused.kind.VIDEO");
        assertRefusedLeavingNothing(
                () -> MediaCorpus.open("tone.ogg"), MediaPolicy.videoOnly(), "media.refused.kind.AUDIO");
    }

    @Test
    void one_byte_over_the_limit_is_refused_while_the_limit_itself_is_accepted() {
        byte[] wav = MediaCorpus.bytes("tone.wav");
        long max = settings.maxAudioBytes();
        assertRefusedLeavingNothing(() -> padded(wav, max + 1), MediaPolicy.audioOnly(), "media.refused.too-large");
        RecordingInfo atLimit = as(() -> recordings.store(padded(wav, max), "limit.wav", MediaPolicy.audioOnly()));
        // accepted; what is stored is the sound, not the zeros that padded the upload to the limit
        assertThat(atLimit.sizeBytes()).isEqualTo(wav.length);
    }

    @Test
    void audio_over_the_audio_limit_is_refused_even_where_video_would_be_allowed() {
        byte[] wav = MediaCorpus.bytes("tone.wav");
        assertRefusedLeavingNothing(
                () -> padded(wav, settings.maxAudioBytes() + 1), MediaPolicy.either(), "media.refused.too-large");
    }

    @Test
    void an_upload_cut_off_half_way_leaves_no_row_and_no_file() {
        assertRefusedLeavingNothing(
                () -> new ClientGoneHalfWay(MediaCorpus.bytes("tone.wav")),
                MediaPolicy.audioOnly(),
                "media.refused.interrupted");
    }

    @Test
    void embedded_tags_are_kept_on_the_row_and_travel_nowhere_else() {
        RecordingInfo stored =
                as(() -> recordings.store(MediaCorpus.open("tagged.mp3"), "a.mp3", MediaPolicy.either()));

        assertThat(rows.findById(stored.id()).orElseThrow().embeddedTags())
                .containsEntry("artist", "Jeanne Dupont")
                .containsEntry("title", "Ave Maria");
        assertThat(stored.toString()).doesNotContain("Dupont").doesNotContain("Ave Maria");
    }

    @Test
    void the_client_file_name_is_only_a_sanitised_label() {
        RecordingInfo stored = as(() -> recordings.store(
                MediaCorpus.open("tone.flac"),
                "../../etc/\u0000x\u202Egpj." + "a".repeat(300),
                MediaPolicy.audioOnly()));
        assertThat(stored.displayName()).doesNotContain("/", "\u0000", "\u202E").hasSizeLessThanOrEqualTo(120);
        assertThat(stored.displayName()).startsWith("xgpj.");
    }

    @Test
    void the_same_content_twice_is_stored_once_and_deleted_with_its_last_recording() {
        byte[] ogg = MediaCorpus.bytes("tone.opus");
        RecordingInfo first =
                as(() -> recordings.store(new ByteArrayInputStream(ogg), "a.opus", MediaPolicy.audioOnly()));
        RecordingInfo second =
                as(() -> recordings.store(new ByteArrayInputStream(ogg), "b.opus", MediaPolicy.audioOnly()));
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.playbackPath()).isNotEqualTo(first.playbackPath());
        Path file = root().resolve("sha256/" + first.sha256().substring(0, 2) + "/"
                + first.sha256().substring(2, 4) + "/" + first.sha256());

        AsUser.run(candidate, Role.CANDIDATE, () -> recordings.remove(first.id()));
        assertThat(file).exists();
        AsUser.run(candidate, Role.CANDIDATE, () -> recordings.remove(second.id()));
        assertThat(file).doesNotExist();
        assertThat(rows.findById(second.id())).isEmpty();
    }

    @Test
    void nobody_removes_or_reads_another_owners_recording() {
        RecordingInfo mine = as(() -> recordings.store(MediaCorpus.open("tone.m4a"), "m.m4a", MediaPolicy.audioOnly()));
        String other = TestAccounts.candidate(accounts, Locale.ENGLISH);
        AsUser.run(other, Role.CANDIDATE, () -> {
            assertThat(recordings.find(mine.id())).isEmpty();
            recordings.remove(mine.id());
        });
        assertThat(rows.findById(mine.id())).isPresent();
        assertThat(as(() -> recordings.find(mine.id()))).contains(mine);
    }

    private void assertRefusedLeavingNothing(Supplier<InputStream> content, MediaPolicy policy, String key) {
        assertThat(refusal(content, policy).messageKey()).isEqualTo(key);
        assertThat(ownRows()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    private UserError refusal(Supplier<InputStream> content, MediaPolicy policy) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> as(() -> recordings.store(content.get(), "upload.mp3", policy)));
        assertThat(thrown).isInstanceOf(UserError.class);
        return (UserError) thrown;
    }

    private List<Recording> ownRows() {
        return rows.findAll().stream()
                .filter(r -> r.ownerId().equals(candidateId))
                .toList();
    }

    private Path root() {
        return settings.root().toAbsolutePath().normalize();
    }

    private List<Path> temporaryFiles() {
        try (Stream<Path> files = Files.list(root().resolve("tmp"))) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream padded(byte[] start, long size) {
        return new ByteArrayInputStream(Arrays.copyOf(start, Math.toIntExact(size)));
    }

    private <T> T as(Supplier<T> action) {
        return AsUser.call(candidate, Role.CANDIDATE, action);
    }

    /** Sends half of the bytes, then fails as a servlet stream does when the browser goes away. */
    private static final class ClientGoneHalfWay extends InputStream {
        private final byte[] bytes;
        private int position;

        ClientGoneHalfWay(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() throws IOException {
            if (position >= bytes.length / 2) {
                throw new IOException("Connection reset by peer");
            }
            return bytes[position++] & 0xff;
        }
    }
}
