package org.auditio.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Levelling brings loud and quiet recordings to one loudness, never clipping a quiet one. */
class MediaPlayerLevellingTest {

    private static MediaFacts measured(@Nullable Double lufs, @Nullable Double peak) {
        return new MediaFacts(Duration.ofSeconds(30), 44100, 1, "mp3", null, null, null, 128, null, lufs, peak);
    }

    @Test
    void a_loud_recording_is_turned_down_to_the_target() {
        assertThat(MediaPlayer.levellingDb(measured(-11.0, -0.2))).isCloseTo(-12.0, within(1e-9));
    }

    @Test
    void a_quiet_recording_is_raised_only_as_far_as_its_peak_allows() {
        assertThat(MediaPlayer.levellingDb(measured(-33.0, -20.0))).isCloseTo(10.0, within(1e-9));
        assertThat(MediaPlayer.levellingDb(measured(-33.0, -6.0))).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void an_unmeasured_recording_plays_as_it_is_and_extremes_are_bounded() {
        assertThat(MediaPlayer.levellingDb(MediaFacts.unknown())).isZero();
        assertThat(MediaPlayer.levellingDb(measured(-70.0, null))).isEqualTo(20.0);
    }
}
