package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.auditio.media.MediaFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The probe runs in its own JVM: it measures real files, and a hostile or slow one cannot hurt us. */
class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor(Duration.ofSeconds(30), "64m", 1);

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({
        "tone.mp3, audio/mpeg, 1567",
        "tone.m4a, audio/mp4, 1500",
        "tone.wav, audio/vnd.wave, 1500",
        "tone.aiff, audio/x-aiff, 1500",
        "tone.flac, audio/x-flac, 1500",
        "tone.ogg, audio/vorbis, 1500",
        "tone.opus, audio/opus, 1500",
        "clip.mp4, video/mp4, 1000",
        "clip.mov, video/quicktime, 1000"
    })
    void the_duration_of_every_accepted_format_is_measured(String file, String type, long millis) throws IOException {
        MediaFacts facts = extractor.extract(copy(file), type).orElseThrow().facts();
        assertThat(facts.duration()).isCloseTo(Duration.ofMillis(millis), Duration.ofMillis(60));
    }

    @Test
    void a_video_has_its_picture_size() throws IOException {
        MediaFacts facts =
                extractor.extract(copy("clip.mp4"), "video/mp4").orElseThrow().facts();
        assertThat(facts.width()).isEqualTo(96);
        assertThat(facts.height()).isEqualTo(64);
        assertThat(facts.videoCodec()).isEqualTo("h264");
    }

    @Test
    void a_wav_has_its_sample_rate_and_channels() throws IOException {
        MediaFacts facts = extractor
                .extract(copy("tone.wav"), "audio/vnd.wave")
                .orElseThrow()
                .facts();
        assertThat(facts.sampleRate()).isEqualTo(22050);
        assertThat(facts.channels()).isEqualTo(1);
    }

    @Test
    void loudness_and_true_peak_are_measured_to_level_playback() throws IOException {
        MediaFacts tone =
                extractor.extract(copy("tone.mp3"), "audio/mpeg").orElseThrow().facts();
        // A sine at half scale: about -10 LUFS, true peak about -6 dBFS.
        assertThat(tone.loudnessLufs()).isBetween(-13.0, -7.0);
        assertThat(tone.truePeakDbfs()).isBetween(-8.0, -4.0);
        MediaFacts video =
                extractor.extract(copy("clip.mp4"), "video/mp4").orElseThrow().facts();
        assertThat(video.loudnessLufs()).isBetween(-25.0, -18.0);
    }

    @Test
    void a_video_has_its_frame_rate() throws IOException {
        assertThat(extractor
                        .extract(copy("clip.mp4"), "video/mp4")
                        .orElseThrow()
                        .facts()
                        .frameRate())
                .isEqualTo(10.0);
        assertThat(extractor
                        .extract(copy("clip.webm"), "video/webm")
                        .orElseThrow()
                        .facts()
                        .frameRate())
                .isEqualTo(10.0);
    }

    @Test
    void embedded_tags_that_may_name_the_singer_are_read_on_one_clean_line_each() throws IOException {
        Map<String, String> tags = extractor
                .extract(copy("tagged.mp3"), "audio/mpeg")
                .orElseThrow()
                .tags();
        assertThat(tags)
                .containsEntry("artist", "Jeanne Dupont")
                .containsEntry("title", "Ave Maria")
                .containsEntry("comment", "Conservatoire de Lyon");
    }

    @Test
    void one_probe_serves_many_files_and_a_killed_probe_is_replaced() throws IOException {
        extractor.extract(copy("tone.wav"), "audio/vnd.wave").orElseThrow();
        long first = extractor.idleWorkerPid().orElseThrow();
        extractor.extract(copy("tone.flac"), "audio/x-flac").orElseThrow();
        assertThat(extractor.idleWorkerPid()).contains(first);

        assertThat(extractor.extract(copy("tone.wav"), "audio/vnd.wave", Duration.ofMillis(1)))
                .isEmpty();
        assertThat(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false))
                .as("the late probe was killed")
                .isFalse();
        Probed next = extractor.extract(copy("tone.wav"), "audio/vnd.wave").orElseThrow();
        assertThat(next.facts().sampleRate()).isEqualTo(22050);
        assertThat(extractor.idleWorkerPid().orElseThrow()).isNotEqualTo(first);
    }

    @AfterEach
    void stopProbes() {
        extractor.stopWorkers();
    }

    @Test
    void a_probe_that_runs_past_its_time_limit_is_killed_and_reports_nothing() throws IOException {
        MetadataExtractor impatient = new MetadataExtractor(Duration.ofMillis(1), "64m", 1);
        assertThat(impatient.extract(copy("tone.wav"), "audio/vnd.wave")).isEmpty();
        assertThat(impatient.probeProcesses())
                .as("the late probe and its children")
                .isEmpty();
    }

    @Test
    void a_cold_probe_start_does_not_count_against_the_files_time_limit() throws IOException {
        // A JVM start and the parsers' loading took 2.8 s here, 8 s under load: more than this limit.
        MetadataExtractor cold = new MetadataExtractor(Duration.ofSeconds(2), "64m", 1);
        try {
            assertThat(cold.extract(copy("tone.wav"), "audio/vnd.wave"))
                    .map(probed -> probed.facts().sampleRate())
                    .contains(22050);
        } finally {
            cold.stopWorkers();
        }
    }

    @Test
    void a_webm_whose_tag_names_hold_line_breaks_cannot_pass_its_facts_to_the_next_file() throws Exception {
        Path evil = folder.resolve("evil.webm");
        ffmpeg(
                "-i",
                copy("clip.webm").toString(),
                "-c",
                "copy",
                "-metadata",
                "evil\r.\rkey=v\ral".translateEscapes(),
                "-metadata",
                "a\nwidth=1\n.\n=x".translateEscapes(),
                "-f",
                "webm",
                evil.toString());

        Probed webm = extractor.extract(evil, "video/webm").orElseThrow();
        Probed wav = extractor.extract(copy("tone.wav"), "audio/vnd.wave").orElseThrow();

        assertThat(webm.facts().width()).isEqualTo(96);
        assertThat(webm.tags()).containsEntry("evil_key", "v al").doesNotContainKey("evil");
        assertThat(webm.tags().keySet()).allMatch(key -> key.matches("[a-z0-9_-]+"));
        assertThat(wav.facts().sampleRate()).isEqualTo(22050);
        assertThat(wav.facts().width()).isNull();
        assertThat(wav.facts().videoCodec()).isNull();
        assertThat(wav.facts().duration()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void a_wav_declaring_a_50_MHz_sample_rate_cannot_make_ffmpeg_take_more_than_its_cap() throws Exception {
        byte[] wav = MediaCorpus.bytes("tone.wav");
        ByteBuffer.wrap(wav)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(24, 50_000_000)
                .putInt(28, 100_000_000);
        Path forged = Files.write(folder.resolve("fast.part"), wav);
        // Unbounded, ffmpeg's loudness meter grew to 1.4 GB on this file (and ran past 20 s).
        ChildMemory watch = ChildMemory.watch(extractor);
        Optional<Probed> probed = extractor.extract(forged, "audio/vnd.wave");
        long peak = watch.stop();

        assertThat(peak).as("largest resident size of a probe's child").isLessThan(512L * 1024 * 1024);
        probed.ifPresent(found -> assertThat(found.facts().sampleRate()).isNull());
    }

    @Test
    void a_probe_killed_at_its_deadline_or_at_shutdown_leaves_no_ffmpeg_behind() throws Exception {
        Path minutes = folder.resolve("long.wav");
        ffmpeg(
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:sample_rate=8000:duration=1800",
                "-f",
                "wav",
                minutes.toString());
        MetadataExtractor patient = new MetadataExtractor(Duration.ofSeconds(120), "64m", 1);
        try {
            java.util.concurrent.CompletableFuture<Optional<Probed>> measuring =
                    java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> patient.extract(minutes, "audio/vnd.wave"));
            List<ProcessHandle> children = awaitFfmpeg(patient);

            patient.stopWorkers();

            assertThat(measuring.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEmpty();
            for (ProcessHandle child : children) {
                child.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertThat(children).noneMatch(ProcessHandle::isAlive);
        } finally {
            patient.stopWorkers();
        }

        MetadataExtractor impatient = new MetadataExtractor(Duration.ofSeconds(1), "64m", 1);
        try {
            ChildMemory seen = ChildMemory.watch(impatient);
            assertThat(impatient.extract(minutes, "audio/vnd.wave")).isEmpty();
            seen.stop();
            assertThat(seen.children()).as("ffmpeg started before the deadline").isNotEmpty();
            for (ProcessHandle child : seen.children()) {
                child.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            impatient.stopWorkers();
        }
    }

    @Test
    void a_probe_leads_its_own_process_group() throws Exception {
        extractor.extract(copy("tone.wav"), "audio/vnd.wave").orElseThrow();
        long probe = extractor.idleWorkerPid().orElseThrow();
        String stat = Files.readString(Path.of("/proc/" + probe + "/stat"));
        long group = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[2]);
        assertThat(group).isEqualTo(probe);
    }

    private static List<ProcessHandle> awaitFfmpeg(MetadataExtractor extractor) throws InterruptedException {
        for (int tries = 0; tries < 1200; tries++) {
            List<ProcessHandle> children = extractor.probeProcesses().stream()
                    .filter(process -> process.info().command().orElse("").contains("ffmpeg"))
                    .toList();
            if (!children.isEmpty()) {
                return children;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no ffmpeg started within a minute");
    }

    private static void ffmpeg(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
        command.addAll(List.of(arguments));
        Process ffmpeg = new ProcessBuilder(command).inheritIO().start();
        assertThat(ffmpeg.waitFor()).isZero();
    }

    @Test
    void a_wav_with_a_forged_chunk_size_neither_hangs_nor_harms_the_application() throws IOException {
        Path forged = forgedWav();
        long heapBefore = usedHeap();
        Optional<Probed> facts = extractor.extract(forged, "audio/vnd.wave");
        // Whatever the probe makes of it (nothing, or what the real chunks say), the claim of 1.9 GB
        // reached neither the facts nor the application's heap.
        facts.map(probed -> probed.facts().duration())
                .ifPresent(length -> assertThat(length).isLessThan(Duration.ofSeconds(2)));
        assertThat(usedHeap() - heapBefore).isLessThan(32L * 1024 * 1024);
        assertThat(extractor
                        .extract(copy("tone.wav"), "audio/vnd.wave")
                        .orElseThrow()
                        .facts()
                        .sampleRate())
                .isEqualTo(22050);
    }

    static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void an_m4a_with_a_forged_box_size_neither_hangs_nor_harms_the_application() throws IOException {
        byte[] m4a = MediaCorpus.bytes("tone.m4a");
        int moov = indexOf(m4a, "moov".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(moov).isGreaterThan(4);
        ByteBuffer.wrap(m4a).putInt(moov - 4, 0x7FFF_FFF0);
        Path forged = Files.write(folder.resolve("forged-m4a.part"), m4a);
        long started = System.nanoTime();
        Optional<Probed> facts = extractor.extract(forged, "audio/mp4");
        facts.map(probed -> probed.facts().duration())
                .ifPresent(length -> assertThat(length).isLessThan(Duration.ofSeconds(2)));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(extractor
                        .extract(copy("tone.m4a"), "audio/mp4")
                        .orElseThrow()
                        .facts()
                        .duration()
                        .toMillis())
                // decoded: 1.5 s of tone plus the encoder's priming and padding
                .isCloseTo(1500, org.assertj.core.api.Assertions.within(50L));
    }

    @Test
    void a_truncated_mp3_is_measured_for_what_it_holds_not_what_its_header_claims() throws IOException {
        Optional<Probed> facts = extractor.extract(copy("truncated.mp3"), "audio/mpeg");
        facts.map(probed -> probed.facts().duration())
                .ifPresent(length -> assertThat(length).isLessThan(Duration.ofSeconds(1)));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void probe_output_is_read_defensively() {
        MediaFacts facts = Probed.of(
                        List.of("durationSeconds=abc", "width=-", "channels=2", "noise", "=x", "frameRate=0"))
                .facts();
        assertThat(facts.duration()).isNull();
        assertThat(facts.width()).isNull();
        assertThat(facts.frameRate()).isNull();
        assertThat(facts.channels()).isEqualTo(2);
        assertThat(Probed.of(List.of("durationSeconds=1e12")).facts().duration())
                .isNull();
        assertThat(Probed.of(List.of("tag.title=" + "x".repeat(500))).tags().get("title"))
                .hasSize(Probed.MAX_TAG);
    }

    @Test
    void header_facts_outside_what_recordings_have_are_unknown() {
        MediaFacts forged = Probed.of(List.of(
                        "sampleRate=-1993736192", "channels=-14", "width=70000", "height=0", "bitrateKbps=800000"))
                .facts();
        assertThat(forged.sampleRate()).isNull();
        assertThat(forged.channels()).isNull();
        assertThat(forged.width()).isNull();
        assertThat(forged.height()).isNull();
        assertThat(forged.bitrateKbps()).isNull();
        assertThat(Probed.of(List.of("sampleRate=50000000", "channels=65")).facts())
                .extracting(MediaFacts::sampleRate, MediaFacts::channels)
                .containsOnlyNulls();
        MediaFacts phone = Probed.of(List.of("sampleRate=768000", "channels=64", "width=3840"))
                .facts();
        assertThat(phone.sampleRate()).isEqualTo(768000);
        assertThat(phone.channels()).isEqualTo(64);
        assertThat(phone.width()).isEqualTo(3840);
    }

    private Path copy(String file) throws IOException {
        Path target = folder.resolve("upload.part");
        try (InputStream in = MediaCorpus.open(file)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** tone.wav with an extra chunk claiming 1.9 GB right after the format chunk. */
    private Path forgedWav() throws IOException {
        byte[] wav = MediaCorpus.bytes("tone.wav");
        int afterFormat = 12 + 8 + 16;
        ByteBuffer forged = ByteBuffer.allocate(wav.length + 8).order(ByteOrder.LITTLE_ENDIAN);
        forged.put(wav, 0, afterFormat);
        forged.put("LIST".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        forged.putInt(0x7200_0000);
        forged.put(wav, afterFormat, wav.length - afterFormat);
        Path target = folder.resolve("forged.part");
        Files.write(target, forged.array());
        return target;
    }
}
