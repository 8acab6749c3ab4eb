package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.auditio.media.MediaFacts;
import org.auditio.media.probe.SoundDecode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The probe decodes every file's sound end to end: durations, rates and channels come from the
 * decoded samples, not from headers a phone, a cut or a forger wrote (corpus: scripts/generate-media-corpus.sh).
 */
class DecodedSoundTest {

    /** One probe for the class: starting a JVM per test costs more than the files. */
    private static final MetadataExtractor extractor = new MetadataExtractor(Duration.ofSeconds(30), "64m", 1);

    @TempDir
    Path folder;

    @AfterAll
    static void stopProbes() {
        extractor.stopWorkers();
    }

    @ParameterizedTest
    @CsvSource({
        "tone.mp3, audio/mpeg",
        "tagged.mp3, audio/mpeg",
        "tone.m4a, audio/mp4",
        "phone.m4a, audio/mp4",
        "clipped.m4a, audio/mp4",
        "tone.wav, audio/vnd.wave",
        "short.wav, audio/vnd.wave",
        "tone.aiff, audio/x-aiff",
        "tone.flac, audio/x-flac",
        "silence.flac, audio/x-flac",
        "tone.ogg, audio/vorbis",
        "tone.opus, audio/opus",
        "voice.webm, audio/webm",
        "clip.mp4, video/mp4",
        "clip.mov, video/quicktime",
        "clip.webm, video/webm",
        "zero-duration.m4a, audio/mp4"
    })
    void every_accepted_format_stores_the_duration_of_its_decoded_sound(String file, String type) throws Exception {
        Path copy = copy(file);
        MediaFacts facts = extractor.extract(copy, type).orElseThrow().facts();
        long reference = decodedMicros(copy);
        assertThat(facts.duration()).isNotNull();
        assertThat(facts.duration().toNanos() / 1000.0).isCloseTo(reference, within(reference * 0.02));
    }

    @Test
    void a_cut_off_mp3_holds_half_a_second_whatever_its_header_claims() throws IOException {
        Probed probed = extractor.extract(copy("cut-off.mp3"), "audio/mpeg").orElseThrow();
        assertThat(probed.facts().duration()).isBetween(Duration.ofMillis(400), Duration.ofMillis(600));
        assertThat(probed.sound().claimed()).isBetween(Duration.ofSeconds(10), Duration.ofMillis(10100));
    }

    @Test
    void a_wav_whose_data_size_claims_an_hour_and_a_half_holds_three_seconds() throws IOException {
        Probed probed =
                extractor.extract(copy("forged-size.wav"), "audio/vnd.wave").orElseThrow();
        assertThat(probed.facts().duration()).isEqualTo(Duration.ofSeconds(3));
        assertThat(probed.sound().claimed()).isEqualTo(Duration.ofMinutes(99));
    }

    @Test
    void an_m4a_with_zeroed_duration_fields_lasts_what_it_plays() throws IOException {
        Probed probed =
                extractor.extract(copy("zero-duration.m4a"), "audio/mp4").orElseThrow();
        assertThat(probed.facts().duration()).isBetween(Duration.ofSeconds(90), Duration.ofMillis(90200));
    }

    @Test
    void an_m4a_without_its_index_and_a_video_without_sound_say_why_they_give_no_sound() throws IOException {
        assertThat(extractor
                        .extract(copy("no-moov.m4a"), "audio/mp4")
                        .orElseThrow()
                        .sound()
                        .error())
                .isEqualTo(SoundDecode.UNDECODABLE);
        assertThat(extractor
                        .extract(copy("silent-picture.mp4"), "video/mp4")
                        .orElseThrow()
                        .sound()
                        .error())
                .isEqualTo(SoundDecode.NO_AUDIO);
    }

    @Test
    void a_phone_voice_memo_has_its_two_channels_from_the_decoder() throws IOException {
        // Jaudiotagger reads -14 channels from this m4a; Tika says "Stereo".
        MediaFacts facts =
                extractor.extract(copy("phone.m4a"), "audio/mp4").orElseThrow().facts();
        assertThat(facts.channels()).isEqualTo(2);
        assertThat(facts.sampleRate()).isEqualTo(48000);
    }

    @Test
    void a_sound_only_webm_has_its_sample_rate_and_channels() throws IOException {
        MediaFacts facts = extractor
                .extract(copy("voice.webm"), "audio/webm")
                .orElseThrow()
                .facts();
        assertThat(facts.sampleRate()).isEqualTo(48000);
        assertThat(facts.channels()).isEqualTo(1);
    }

    @Test
    void a_clipped_recording_keeps_its_true_peak_above_full_scale() throws IOException {
        Probed probed = extractor.extract(copy("clipped.m4a"), "audio/mp4").orElseThrow();
        assertThat(probed.facts().truePeakDbfs()).isGreaterThan(0.0);
        assertThat(probed.sound().fullScaleShare()).isGreaterThan(SoundVerdict.CLIPPED_SHARE);
    }

    @Test
    void ten_seconds_of_digital_silence_are_silent_all_along() throws IOException {
        Probed probed = extractor.extract(copy("silence.flac"), "audio/x-flac").orElseThrow();
        assertThat(probed.sound().silentShare()).isEqualTo(1.0);
        assertThat(probed.facts().loudnessLufs()).isLessThanOrEqualTo(SoundVerdict.NEAR_SILENT_LUFS);
        assertThat(probed.facts().duration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void the_decode_of_a_large_video_gets_time_in_proportion_to_its_size() {
        assertThat(SoundDecode.timeLimit(1_000_000_000)).isGreaterThan(Duration.ofSeconds(100));
        assertThat(SoundDecode.timeLimit(100_000)).isLessThan(Duration.ofSeconds(11));
    }

    /** The reference: ffmpeg's own clock at the end of decoding the first audio stream. */
    private static long decodedMicros(Path file) throws IOException, InterruptedException {
        Process ffmpeg = new ProcessBuilder(
                        "ffmpeg",
                        "-nostdin",
                        "-v",
                        "error",
                        "-i",
                        file.toString(),
                        "-map",
                        "0:a:0",
                        "-f",
                        "null",
                        "-progress",
                        "pipe:1",
                        "-nostats",
                        "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String progress = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ffmpeg.waitFor();
        long last = -1;
        for (String line : progress.split("\n")) {
            if (line.startsWith("out_time_us=")) {
                last = Long.parseLong(line.substring("out_time_us=".length()).strip());
            }
        }
        assertThat(last).as("ffmpeg decoded %s", file).isPositive();
        return last;
    }

    private Path copy(String file) throws IOException {
        Path target = folder.resolve("upload.part");
        try (InputStream in = MediaCorpus.open(file)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
