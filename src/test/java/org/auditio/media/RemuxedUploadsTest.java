package org.auditio.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.media.domain.RecordingRepository;
import org.auditio.media.internal.MediaCorpus;
import org.auditio.media.internal.MediaSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Only media is stored: every upload is remuxed into a fresh container of its format, so what a
 * polyglot carries besides its sound (an archive, a page, a picture) is never kept nor served.
 */
@AuditioTest
class RemuxedUploadsTest {

    private static final String PAGE = "<html><body><script>alert(document.cookie)</script></body></html>";
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";

    @Autowired
    Recordings recordings;

    @Autowired
    RecordingRepository rows;

    @Autowired
    AccountService accounts;

    @Autowired
    MediaSettings settings;

    @TempDir
    Path folder;

    String candidate;

    @BeforeEach
    void candidate() {
        candidate = TestAccounts.candidate(accounts, Locale.ENGLISH);
    }

    static Stream<Arguments> polyglots() {
        return Stream.of(
                Arguments.of("an MP3 that is also a ZIP archive", join(MediaCorpus.bytes("tone.mp3"), zip()), 1567),
                Arguments.of("a FLAC that is also a ZIP archive", join(MediaCorpus.bytes("tone.flac"), zip()), 1500),
                Arguments.of("a WAV followed by a web page", join(MediaCorpus.bytes("tone.wav"), ascii(PAGE)), 1500),
                Arguments.of("an M4A followed by a web page", join(MediaCorpus.bytes("tone.m4a"), ascii(PAGE)), 1500),
                Arguments.of("an Ogg followed by an SVG", join(MediaCorpus.bytes("tone.ogg"), ascii(SVG)), 1500),
                Arguments.of("a WebM followed by an SVG", join(MediaCorpus.bytes("clip.webm"), ascii(SVG)), 1000),
                Arguments.of("an MP4 followed by a ZIP archive", join(MediaCorpus.bytes("clip.mp4"), zip()), 1000),
                Arguments.of(
                        "an ID3 tag holding a web page, then MP3 frames",
                        id3(PAGE, MediaCorpus.bytes("tone.mp3")),
                        1567));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("polyglots")
    void a_polyglot_is_stored_as_its_media_alone_and_still_plays(String what, byte[] upload, long millis)
            throws Exception {
        RecordingInfo stored =
                as(() -> recordings.store(new ByteArrayInputStream(upload), "upload.bin", MediaPolicy.either()));

        Path file = storedFile(stored);
        byte[] kept = Files.readAllBytes(file);
        String text = new String(kept, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("PK\u0003\u0004", "PK\u0005\u0006", "<html", "<svg", "<script");
        assertThatThrownBy(() -> new ZipFile(file.toFile()).close()).isInstanceOf(IOException.class);
        assertThat(decodingErrors(file))
                .as("ffmpeg decodes the stored file cleanly")
                .isEmpty();
        assertThat(stored.duration()).isCloseTo(Duration.ofMillis(millis), Duration.ofMillis(100));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tone.mp3",
                "tone.m4a",
                "tone.wav",
                "tone.aiff",
                "tone.flac",
                "tone.ogg",
                "tone.opus",
                "clip.mp4",
                "clip.mov",
                "clip.webm",
                "voice.webm"
            })
    void the_same_upload_twice_is_remuxed_to_the_same_bytes_so_the_store_keeps_it_once(String corpus) throws Exception {
        RecordingInfo first = as(() -> recordings.store(MediaCorpus.open(corpus), corpus, MediaPolicy.either()));
        Thread.sleep(1100); // a muxer that wrote the time would now write another
        RecordingInfo second = as(() -> recordings.store(MediaCorpus.open(corpus), corpus, MediaPolicy.either()));

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.duration()).isBetween(Duration.ofMillis(900), Duration.ofMillis(1700));
        assertThat(HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(storedFile(second)))))
                .isEqualTo(second.sha256());
        assertThat(decodingErrors(storedFile(second))).isEmpty();
    }

    @Test
    void tags_are_read_from_the_upload_for_organisers_and_are_not_in_the_stored_file() throws Exception {
        RecordingInfo stored =
                as(() -> recordings.store(MediaCorpus.open("tagged.mp3"), "a.mp3", MediaPolicy.either()));

        assertThat(rows.findById(stored.id()).orElseThrow().embeddedTags())
                .containsEntry("artist", "Jeanne Dupont")
                .containsEntry("comment", "Conservatoire de Lyon");
        String kept = new String(Files.readAllBytes(storedFile(stored)), StandardCharsets.ISO_8859_1);
        assertThat(kept).doesNotContain("Dupont", "Lyon", "Ave Maria");
    }

    @Test
    void an_upload_ffmpeg_cannot_remux_is_refused_as_unreadable() {
        // an ID3 tag (the type is right) with nothing after it but a page
        byte[] notAudio = id3(PAGE, ascii(PAGE.repeat(50)));
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> as(() -> recordings.store(new ByteArrayInputStream(notAudio), "x.mp3", MediaPolicy.either())));
        assertThat(refused)
                .isInstanceOf(org.auditio.common.UserError.class)
                .extracting(e -> ((org.auditio.common.UserError) e).messageKey())
                .isIn("media.refused.unreadable", "media.refused.type");
    }

    /** ffmpeg's complaints while decoding every stream of the file; empty when it plays. */
    static String decodingErrors(Path file) throws Exception {
        Process ffmpeg = new ProcessBuilder(
                        "ffmpeg", "-nostdin", "-v", "error", "-i", file.toString(), "-f", "null", "-")
                .redirectErrorStream(true)
                .start();
        String errors = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return ffmpeg.waitFor() == 0 ? errors : "exit " + ffmpeg.exitValue() + ": " + errors;
    }

    private Path storedFile(RecordingInfo stored) {
        String sha = stored.sha256();
        return settings.root()
                .toAbsolutePath()
                .normalize()
                .resolve("sha256/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
    }

    private <T> T as(Supplier<T> action) {
        return AsUser.call(candidate, Role.CANDIDATE, action);
    }

    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(ascii(PAGE));
            zip.closeEntry();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    /** An ID3v2.4 tag whose body is {@code text} (padding, as far as a player knows), then {@code rest}. */
    static byte[] id3(String text, byte[] rest) {
        byte[] body = ascii(text);
        ByteBuffer tag = ByteBuffer.allocate(10 + body.length + rest.length);
        tag.put(ascii("ID3")).put((byte) 4).put((byte) 0).put((byte) 0);
        int size = body.length;
        tag.put((byte) ((size >> 21) & 0x7F)).put((byte) ((size >> 14) & 0x7F));
        tag.put((byte) ((size >> 7) & 0x7F)).put((byte) (size & 0x7F));
        return tag.put(body).put(rest).array();
    }

    static byte[] join(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
