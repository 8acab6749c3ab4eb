package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.auditio.media.DemoRecordings.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo raises no false alarm: its generated takes, fingerprinted by fpcalc, match none but the
 * deliberate re-encoded copy. Every take here is at the same pitch, harder than the demo's four
 * sections. {@link DemoFingerprintsBenchmark} does the same for the demo's thousand.
 */
class DemoTakesFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void generated_takes_match_none_but_the_deliberate_copy() throws Exception {
        Fingerprinted result = fingerprint(dir, 12, 1);
        assertThat(result.matches()).singleElement().satisfies(match -> {
            assertThat(result.songs().get(match.first()).copy()
                            || result.songs().get(match.second()).copy())
                    .isTrue();
            assertThat(result.songs().get(match.first()).melody())
                    .isEqualTo(result.songs().get(match.second()).melody());
        });
    }

    record Fingerprinted(
            List<DemoTakes.Song> songs,
            List<int[]> fingerprints,
            List<FingerprintMatcher.Match> matches,
            long bytes,
            Duration generating,
            Duration fingerprinting) {}

    /** {@code candidates} × 4 lines with melodies drawn as the demo draws them, plus one copy of the first set piece. */
    static Fingerprinted fingerprint(Path dir, int candidates, int sections) throws Exception {
        Random melodies = new Random(2020);
        int[] tonics = {62, 55, 50, 43};
        List<DemoTakes.Song> songs = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            for (Line line : Line.values()) {
                songs.add(new DemoTakes.Song(line, tonics[c % sections], melodies.nextLong(), false));
            }
        }
        DemoTakes.Song original = songs.get(Line.SET_PIECE.ordinal());
        songs.add(new DemoTakes.Song(original.line(), original.tonic(), original.melody(), true));
        long bytes = 0;
        List<Path> files = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < songs.size(); i++) {
            byte[] wav = DemoTakes.wav(songs.get(i));
            bytes += wav.length;
            files.add(Files.write(dir.resolve(i + ".wav"), wav));
        }
        Duration generating = Duration.ofNanos(System.nanoTime() - started);
        Fingerprinter fpcalc = new Fingerprinter("fpcalc", Duration.ofSeconds(60));
        List<int[]> fingerprints = new ArrayList<>();
        started = System.nanoTime();
        for (Path file : files) {
            Fingerprinter.Result result = fpcalc.fingerprint(file);
            assertThat(result.failure()).isNull();
            fingerprints.add(result.values());
        }
        Duration fingerprinting = Duration.ofNanos(System.nanoTime() - started);
        return new Fingerprinted(
                songs, fingerprints, FingerprintMatcher.matches(fingerprints), bytes, generating, fingerprinting);
    }
}
