package org.auditio.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.common.UserError;
import org.auditio.media.domain.RecordingRepository;
import org.auditio.media.internal.MediaCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The decoded sound decides: files without sound to hear are refused with a message that says why,
 * slot limits apply to the decoded duration, and what the singer should know is kept as a warning.
 */
@AuditioTest
class RecordingSoundTest {

    @Autowired
    Recordings recordings;

    @Autowired
    RecordingRepository rows;

    @Autowired
    AccountService accounts;

    String candidate;
    UUID candidateId;

    @BeforeEach
    void candidate() {
        candidate = TestAccounts.candidate(accounts, Locale.ENGLISH);
        candidateId = as(() -> accounts.current().orElseThrow().id());
    }

    @Test
    void a_cut_off_mp3_is_refused_saying_how_much_sound_it_holds() throws IOException {
        UserError refused = refusal("cut-off.mp3", MediaPolicy.audioOnly());
        assertThat(refused.messageKey()).isEqualTo("media.refused.cut-off");
        assertThat(text("translations.properties", refused))
                .startsWith("This file seems cut off: it holds 0:00.5 of sound.");
        assertThat(text("translations_fr.properties", refused))
                .startsWith("Ce fichier semble coupé : il ne contient que 0:00.5 de son.");
        assertThat(ownRows()).isZero();
    }

    @Test
    void a_wav_whose_header_claims_more_than_it_holds_is_refused_as_cut_off() {
        UserError refused = refusal("forged-size.wav", MediaPolicy.audioOnly());
        assertThat(refused.messageKey()).isEqualTo("media.refused.cut-off");
        assertThat(refused.arguments()).containsExactly("0:03.0");
    }

    @Test
    void an_m4a_hiding_its_duration_is_held_to_the_slot_limit_by_what_it_plays() {
        UserError refused = refusal("zero-duration.m4a", MediaPolicy.audioOnly().lastingAtMost(Duration.ofSeconds(80)));
        assertThat(refused.messageKey()).isEqualTo("media.refused.too-long");
        assertThat(refused.arguments()).containsExactly("1:30", "1:20");
    }

    @Test
    void an_m4a_without_its_index_and_a_video_without_sound_are_refused() {
        assertThat(refusal("no-moov.m4a", MediaPolicy.either()).messageKey()).isEqualTo("media.refused.undecodable");
        assertThat(refusal("silent-picture.mp4", MediaPolicy.either()).messageKey())
                .isEqualTo("media.refused.no-sound");
        assertThat(ownRows()).isZero();
    }

    @Test
    void digital_silence_is_kept_with_a_warning_and_its_figures() {
        RecordingInfo stored = store("silence.flac", MediaPolicy.audioOnly());
        assertThat(stored.sound().warnings()).containsExactly(SoundWarning.NEAR_SILENT);
        RecordingInfo reread = as(() -> recordings.find(stored.id())).orElseThrow();
        assertThat(reread.sound().warnings()).containsExactly(SoundWarning.NEAR_SILENT);
        assertThat(reread.sound().silentShare()).isEqualTo(1.0);
        assertThat(reread.duration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void a_clipped_recording_is_kept_with_a_warning_and_its_true_peak_above_full_scale() {
        RecordingInfo stored = store("clipped.m4a", MediaPolicy.audioOnly());
        assertThat(stored.sound().warnings()).containsExactly(SoundWarning.CLIPPED);
        assertThat(stored.facts().truePeakDbfs()).isGreaterThan(0.0);
        assertThat(stored.sound().fullScaleShare()).isGreaterThan(0.001);
    }

    @Test
    void a_one_second_take_is_kept_with_a_warning_where_the_piece_asks_for_more() {
        RecordingInfo warned = store("short.wav", MediaPolicy.audioOnly().lastingAtLeast(Duration.ofSeconds(30)));
        assertThat(warned.sound().warnings()).containsExactly(SoundWarning.TOO_SHORT);
        RecordingInfo free = store("short.wav", MediaPolicy.audioOnly());
        assertThat(free.sound().warnings()).isEmpty();
    }

    @Test
    void a_clean_take_gets_no_warning() {
        RecordingInfo stored = store("phone.m4a", MediaPolicy.audioOnly().lastingAtLeast(Duration.ofSeconds(5)));
        assertThat(stored.sound().warnings()).isEmpty();
        assertThat(stored.facts().channels()).isEqualTo(2);
        assertThat(stored.sound().silentShare()).isLessThan(0.5);
    }

    private RecordingInfo store(String file, MediaPolicy policy) {
        return as(() -> recordings.store(MediaCorpus.open(file), file, policy));
    }

    private UserError refusal(String file, MediaPolicy policy) {
        Throwable thrown = catchThrowable(() -> store(file, policy));
        assertThat(thrown).isInstanceOf(UserError.class);
        return (UserError) thrown;
    }

    private long ownRows() {
        return rows.findAll().stream()
                .filter(r -> r.ownerId().equals(candidateId))
                .count();
    }

    private static String text(String bundle, UserError error) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = RecordingSoundTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return MessageFormat.format(texts.getProperty(error.messageKey()), error.arguments());
    }

    private <T> T as(Supplier<T> action) {
        return AsUser.call(candidate, Role.CANDIDATE, action);
    }
}
