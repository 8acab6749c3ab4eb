package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.auditio.media.MediaKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Types come from the bytes of real encoder output; disguised files are not on the allow-list. */
class ContentDetectorTest {

    private final ContentDetector detector = new ContentDetector();

    @ParameterizedTest
    @CsvSource({
        "tone.mp3, MP3, AUDIO",
        "tone.m4a, M4A (AAC), AUDIO",
        "tone.wav, WAV, AUDIO",
        "tone.aiff, AIFF, AUDIO",
        "tone.flac, FLAC, AUDIO",
        "tone.ogg, Ogg Vorbis, AUDIO",
        "tone.opus, Opus, AUDIO",
        "clip.mp4, MP4, VIDEO",
        "clip.mov, MOV, VIDEO",
        "clip.webm, WebM, VIDEO"
    })
    void every_accepted_format_is_recognised_from_its_bytes(String file, String label, MediaKind kind)
            throws IOException {
        Optional<AcceptedFormats.Format> format = AcceptedFormats.of(detect(file));
        assertThat(format).as(file).isPresent();
        assertThat(format.get().label()).isEqualTo(label);
        assertThat(format.get().kind()).isEqualTo(kind);
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
    void a_file_named_like_a_recording_but_holding_something_else_is_not_accepted(String file) throws IOException {
        assertThat(AcceptedFormats.of(detect(file)))
                .as(file + " detected as " + detect(file))
                .isEmpty();
    }

    private String detect(String file) throws IOException {
        try (InputStream in = MediaCorpus.open(file)) {
            return detector.detect(in);
        }
    }
}
