package org.auditio.media.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataProbeTest {

    @Test
    void a_misread_channel_count_or_sample_rate_does_not_beat_a_plausible_one_from_another_library() {
        Map<String, String> facts = MetadataProbe.normalised(Map.of(
                "tika.channels", "-14",
                "tika.xmpDM:audioChannelType", "Stereo",
                "tika.xmpDM:audioSampleRate", "-1993736192",
                "jat.sampleRate", "48000"));
        assertThat(facts).containsEntry("channels", "2").containsEntry("sampleRate", "48000");
    }

    @Test
    void children_run_under_an_address_space_cap() {
        assertThat(BoundedCommand.bounded(java.util.List.of("ffmpeg", "-i", "x"), 1234))
                .startsWith("/usr/bin/prlimit", "--as=1234")
                .endsWith("--", "ffmpeg", "-i", "x");
    }
}
