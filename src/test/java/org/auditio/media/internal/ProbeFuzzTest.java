package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.auditio.media.MediaFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutations of the committed corpus (seeded: every run tries the same files) through one probe,
 * each followed by a clean file whose facts are known: whatever a mutation does to the probe, the
 * clean file's answer is its own, the application's heap does not grow with what headers claim,
 * and no ffmpeg outlives its probe.
 */
class ProbeFuzzTest {

    private static final long SEED = 20_261_203L;
    private static final int MUTATIONS = 160;

    private record Sample(String file, String type) {}

    private static final List<Sample> CORPUS = List.of(
            new Sample("tone.mp3", "audio/mpeg"),
            new Sample("tone.m4a", "audio/mp4"),
            new Sample("tone.wav", "audio/vnd.wave"),
            new Sample("tone.aiff", "audio/x-aiff"),
            new Sample("tone.flac", "audio/x-flac"),
            new Sample("tone.ogg", "audio/vorbis"),
            new Sample("tone.opus", "audio/opus"),
            new Sample("clip.webm", "video/webm"),
            new Sample("clip.mp4", "video/mp4"));

    private final MetadataExtractor extractor = new MetadataExtractor(Duration.ofSeconds(5), "64m", 1);

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        extractor.stopWorkers();
    }

    @Test
    void mutated_files_never_pass_facts_to_another_request_nor_reach_the_heap_nor_leave_children() throws Exception {
        Random random = new Random(SEED);
        List<Mutant> mutants = new ArrayList<>(tagInjections());
        while (mutants.size() < MUTATIONS) {
            Sample sample = CORPUS.get(random.nextInt(CORPUS.size()));
            mutants.add(new Mutant(sample.type(), mutate(MediaCorpus.bytes(sample.file()), random)));
        }
        Map<String, MediaFacts> known = Map.of(
                "tone.wav", clean("tone.wav", "audio/vnd.wave"),
                "clip.mp4", clean("clip.mp4", "video/mp4"));
        ChildMemory children = ChildMemory.watch(extractor);
        long heapBefore = MetadataExtractorTest.usedHeap();
        List<Long> probes = new ArrayList<>();
        int refused = 0;
        long started = System.nanoTime();

        for (int i = 0; i < mutants.size(); i++) {
            Mutant mutant = mutants.get(i);
            Path file = Files.write(folder.resolve("mutant-" + i + ".part"), mutant.bytes());
            Optional<Probed> probed = i % 4 == 0
                    ? extractor.extractRemuxed(file, mutant.type(), folder.resolve("remuxed-" + i + ".part"))
                    : extractor.extract(file, mutant.type());
            refused += probed.isEmpty() ? 1 : 0;
            extractor.idleWorkerPid().ifPresent(probes::add);
            boolean video = i % 4 == 1;
            String reference = video ? "clip.mp4" : "tone.wav";
            Optional<Probed> after = extractor.extract(copy(reference), video ? "video/mp4" : "audio/vnd.wave");
            assertThat(after)
                    .as("the clean file after mutant %d (%s)", i, mutant.type())
                    .map(Probed::facts)
                    .contains(known.get(reference));
        }

        System.out.printf(
                "Fuzz: %d mutants, %d refused, %d probes, %d children, %d ms%n",
                mutants.size(),
                refused,
                probes.stream().distinct().count(),
                children.children().size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(MetadataExtractorTest.usedHeap() - heapBefore).isLessThan(64L * 1024 * 1024);
        extractor.stopWorkers();
        children.stop();
        assertThat(children.children()).as("ffmpeg and ffprobe were watched").isNotEmpty();
        for (ProcessHandle child : children.children()) {
            child.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(children.probes()).containsAll(probes);
        for (long probe : children.probes()) {
            assertThat(groupMembers(probe))
                    .as("processes left in probe %d's group", probe)
                    .isEmpty();
        }
    }

    private record Mutant(String type, byte[] bytes) {}

    private MediaFacts clean(String file, String type) throws Exception {
        return extractor.extract(copy(file), type).orElseThrow().facts();
    }

    private Path copy(String file) throws Exception {
        return Files.write(folder.resolve("clean-" + file + ".part"), MediaCorpus.bytes(file));
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                    int at = random.nextInt(Math.min(bytes.length, 4096));
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> bytes = java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
            case 2 -> forgeSize(bytes, random);
            case 3 -> {
                // a real header, then anything: a page, an archive's signature, noise
                int keep = 12 + random.nextInt(Math.min(bytes.length, 400));
                byte[] junk = random.nextBoolean()
                        ? "<html><script>alert(1)</script>PK\u0003\u0004"
                                .repeat(20)
                                .getBytes(StandardCharsets.US_ASCII)
                        : noise(random, 2000);
                bytes = java.util.Arrays.copyOf(bytes, keep + junk.length);
                System.arraycopy(junk, 0, bytes, keep, junk.length);
            }
            default -> {
                forgeSize(bytes, random);
                bytes[random.nextInt(Math.min(bytes.length, 256))] = (byte) random.nextInt(256);
            }
        }
        return bytes;
    }

    /** Overwrites the size next to a chunk, box or page name with a large or negative number. */
    private static void forgeSize(byte[] bytes, Random random) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<Integer> names = new ArrayList<>();
        for (String name : List.of(
                "RIFF", "data", "fmt ", "moov", "mdat", "trak", "stsz", "OggS", "fLaC", "\u001aE\u00df\u00a3")) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                names.add(at);
            }
        }
        int at = names.isEmpty() ? random.nextInt(bytes.length - 8) : names.get(random.nextInt(names.size()));
        int where = random.nextBoolean() ? Math.max(0, at - 4) : Math.min(bytes.length - 4, at + 4);
        int[] sizes = {0x7FFF_FFF0, 0xFFFF_FFFF, 0x8000_0000, 0, random.nextInt()};
        ByteBuffer.wrap(bytes, where, 4).putInt(sizes[random.nextInt(sizes.length)]);
    }

    private static byte[] noise(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Files whose tag names and values hold CR, LF and NUL: built by ffmpeg, and by hand for ID3. */
    private List<Mutant> tagInjections() throws Exception {
        List<Mutant> made = new ArrayList<>();
        String[][] tags = {
            {"a\r.\rb", "c\r.\rd"}, {"x\nwidth", "1\n.\n"}, {"\r\n.\r\n", "v"}, {"t", "\r.\r{\"id\":\"0\"}\r"}
        };
        for (String[] tag : tags) {
            Path webm = folder.resolve("tags.webm");
            ffmpeg(
                    "-i",
                    copy("clip.webm").toString(),
                    "-c",
                    "copy",
                    "-metadata",
                    tag[0] + "=" + tag[1],
                    webm.toString());
            made.add(new Mutant("video/webm", Files.readAllBytes(webm)));
            Path mp4 = folder.resolve("tags.mp4");
            ffmpeg(
                    "-i",
                    copy("clip.mp4").toString(),
                    "-c",
                    "copy",
                    "-movflags",
                    "use_metadata_tags",
                    "-metadata",
                    tag[0] + "=" + tag[1],
                    mp4.toString());
            made.add(new Mutant("video/mp4", Files.readAllBytes(mp4)));
        }
        made.add(new Mutant("audio/mpeg", id3Title("a\u0000\r.\r\nb=c\n.\n", MediaCorpus.bytes("tone.mp3"))));
        return made;
    }

    /** An ID3v2.3 tag with one title frame holding {@code title}, then {@code rest}. */
    private static byte[] id3Title(String title, byte[] rest) {
        byte[] text = title.getBytes(StandardCharsets.ISO_8859_1);
        int frame = 10 + 1 + text.length;
        ByteBuffer tag = ByteBuffer.allocate(10 + frame + rest.length);
        tag.put("ID3".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 3)
                .put((byte) 0)
                .put((byte) 0);
        tag.put((byte) 0).put((byte) 0).put((byte) ((frame >> 7) & 0x7F)).put((byte) (frame & 0x7F));
        tag.put("TIT2".getBytes(StandardCharsets.US_ASCII))
                .putInt(1 + text.length)
                .putShort((short) 0);
        tag.put((byte) 0).put(text);
        return tag.put(rest).array();
    }

    private static void ffmpeg(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
        command.addAll(List.of(arguments));
        Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ffmpeg.waitFor()).as(output).isZero();
    }

    private static List<String> groupMembers(long group) throws Exception {
        Process pgrep = new ProcessBuilder("pgrep", "-g", String.valueOf(group)).start();
        String members = new String(pgrep.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        pgrep.waitFor();
        return members.lines().toList();
    }
}
