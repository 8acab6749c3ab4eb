package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's thousand takes (250 candidates × 4 lines over the four sections, and the deliberate
 * copy): their size, the time to generate and fingerprint them, that none but the copy match, and
 * the time to compare all of them (what an organiser's review of the demo costs), median of 9
 * after 3 warm-up rounds. Run with
 * {@code mvn test -Dtest=DemoFingerprintsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DemoFingerprintsBenchmark {

    @TempDir
    Path dir;

    @Test
    void the_demos_thousand_takes_match_none_but_the_copy_and_compare_quickly() throws Exception {
        DemoTakesFingerprintTest.Fingerprinted result = DemoTakesFingerprintTest.fingerprint(dir, 250, 4);
        System.out.printf(
                "Demo takes: %d files, %.1f MB, generated in %d ms, fingerprinted in %d ms (%.0f ms a file)%n",
                result.songs().size(),
                result.bytes() / 1e6,
                result.generating().toMillis(),
                result.fingerprinting().toMillis(),
                result.fingerprinting().toMillis() / (double) result.songs().size());
        System.out.println("Matches: " + result.matches());
        long[] rounds = new long[12];
        for (int round = 0; round < rounds.length; round++) {
            long started = System.nanoTime();
            FingerprintMatcher.matches(result.fingerprints());
            rounds[round] = System.nanoTime() - started;
        }
        long[] measured = Arrays.copyOfRange(rounds, 3, rounds.length);
        Arrays.sort(measured);
        System.out.printf(
                "Comparing %d fingerprints: median %.1f ms, max %.1f ms%n",
                result.fingerprints().size(), measured[measured.length / 2] / 1e6, measured[measured.length - 1] / 1e6);
        assertThat(result.matches()).hasSize(1);
    }
}
