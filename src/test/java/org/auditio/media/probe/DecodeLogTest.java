package org.auditio.media.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** ffmpeg's log as Debian's ffmpeg 5.1 writes it: the figures come from the decoded sound, not the input's header. */
class DecodeLogTest {

    @Test
    void the_duration_is_the_sample_count_over_rate_and_channels_and_the_header_is_a_claim() {
        Map<String, String> found = read(
                0,
                "Input #0, mp3, from 'cut.mp3':",
                "  Duration: 00:00:10.03, start: 0.025057, bitrate: 15 kb/s",
                "  Stream #0:0: Audio: mp3, 44100 Hz, stereo, fltp, 320 kb/s",
                "Stream mapping:",
                "  Stream #0:0 -> #0:0 (mp3 (mp3float) -> pcm_s16le (native))",
                "Output #0, null, to 'pipe:':",
                "  Stream #0:0: Audio: pcm_s16le, 44100 Hz, stereo, s16, 1411 kb/s",
                "[silencedetect @ 0x55aa230abe80] silence_end: 0.2 | silence_duration: 0.2",
                "  Integrated loudness:",
                "    I:         -21.8 LUFS",
                "  True peak:",
                "    Peak:        1.5 dBFS",
                "[Parsed_volumedetect_1 @ 0x55e210e5dcc0] n_samples: 44100",
                "[Parsed_volumedetect_1 @ 0x55e210e5dcc0] max_volume: 0.0 dB",
                "[Parsed_volumedetect_1 @ 0x55e210e5dcc0] histogram_0db: 441");
        assertThat(found)
                .containsEntry("decode.seconds", "0.500")
                .containsEntry("decode.containerSeconds", "10.030")
                .containsEntry("decode.channels", "2")
                .containsEntry("decode.sampleRate", "44100")
                .containsEntry("decode.loudness", "-21.8")
                .containsEntry("decode.truePeak", "1.5")
                .containsEntry("decode.fullScaleShare", "0.010000")
                .containsEntry("decode.silentShare", "0.4000")
                .doesNotContainKey("decode.error");
    }

    @Test
    void no_audio_stream_and_no_decoded_sample_are_told_apart() {
        assertThat(read(
                        1,
                        "  Stream #0:0: Video: h264, yuv420p, 96x64, 10 fps",
                        "Stream map '0:a:0' matches no streams."))
                .containsEntry("decode.error", SoundDecode.NO_AUDIO);
        assertThat(read(1, "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x5] moov atom not found", "no-moov.m4a: Invalid data"))
                .containsEntry("decode.error", SoundDecode.UNDECODABLE);
    }

    @Test
    void a_length_ffmpeg_only_estimates_is_no_claim() {
        assertThat(read(
                        0,
                        "[mp3 @ 0x5] Estimating duration from bitrate, this may be inaccurate",
                        "  Duration: 00:00:08.98, start: 0.000000, bitrate: 43 kb/s"))
                .containsEntry("decode.estimated", "true")
                .doesNotContainKey("decode.containerSeconds");
    }

    @Test
    void channel_layouts_are_counted() {
        assertThat(DecodeLog.channels("mono")).isEqualTo("1");
        assertThat(DecodeLog.channels("5.1(side)")).isEqualTo("6");
        assertThat(DecodeLog.channels("3 channels")).isEqualTo("3");
        assertThat(DecodeLog.channels("unknown")).isNull();
    }

    private static Map<String, String> read(int exitValue, String... lines) {
        DecodeLog log = new DecodeLog();
        List.of(lines).forEach(log::line);
        Map<String, String> found = new TreeMap<>();
        log.into(found, exitValue);
        return found;
    }
}
