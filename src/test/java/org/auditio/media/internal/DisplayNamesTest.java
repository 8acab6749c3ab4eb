package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void folders_in_the_name_are_dropped() {
        assertThat(DisplayNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DisplayNames.sanitise("C:\\Users\\léa\\Aria.m4a")).isEqualTo("Aria.m4a");
    }

    @Test
    void nul_control_and_bidi_override_characters_are_removed() {
        assertThat(DisplayNames.sanitise("aria\u0000.mp3")).isEqualTo("aria.mp3");
        assertThat(DisplayNames.sanitise("line\nbreak\t.mp3")).isEqualTo("linebreak.mp3");
        assertThat(DisplayNames.sanitise("song\u202Egpj.mp3")).isEqualTo("songgpj.mp3");
        assertThat(DisplayNames.sanitise("zero\u200Bwidth.wav")).isEqualTo("zerowidth.wav");
    }

    @Test
    void a_long_name_is_capped_keeping_its_extension_and_an_empty_one_gets_a_neutral_label() {
        assertThat(DisplayNames.sanitise("a".repeat(300) + ".mp3"))
                .hasSize(DisplayNames.MAX_LENGTH)
                .endsWith("a.mp3");
        assertThat(DisplayNames.sanitise("../")).isEqualTo(DisplayNames.FALLBACK);
        assertThat(DisplayNames.sanitise("\u0000\u202E")).isEqualTo(DisplayNames.FALLBACK);
        assertThat(DisplayNames.sanitise(".hidden")).isEqualTo("hidden");
    }

    @Test
    void accents_and_other_scripts_are_kept() {
        assertThat(DisplayNames.sanitise("Chœur – «Ave» 合唱.flac")).isEqualTo("Chœur – «Ave» 合唱.flac");
    }
}
