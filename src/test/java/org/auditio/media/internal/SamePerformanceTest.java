package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.media.MediaPolicy;
import org.auditio.media.Recordings;
import org.auditio.media.SamePerformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Acoustic fingerprints on files made by real encoders: the corpus's sung line, re-encoded to AAC
 * and cut by ffmpeg here, each uploaded by a different candidate, fingerprinted by fpcalc.
 */
@AuditioTest
class SamePerformanceTest {

    @Autowired
    Recordings media;

    @Autowired
    Fingerprints fingerprints;

    @Autowired
    Resemblances resemblances;

    @Autowired
    AccountService accounts;

    @TempDir
    Path dir;

    @Test
    void a_re_encoded_and_a_trimmed_copy_match_over_the_right_stretch_and_a_different_line_does_not() throws Exception {
        Path original = dir.resolve("original.mp3");
        Files.write(original, MediaCorpus.bytes("sung-line.mp3"));
        Path otherLine = dir.resolve("other.mp3");
        Files.write(otherLine, MediaCorpus.bytes("sung-line-other.mp3"));
        Path reencoded = MediaCorpus.ffmpeg("-i", original, "-c:a", "aac", "-b:a", "64k", dir.resolve("reencoded.m4a"));
        Path trimmed = MediaCorpus.ffmpeg(
                "-ss", "3", "-i", original, "-c:a", "libmp3lame", "-b:a", "64k", dir.resolve("trim.mp3"));
        Path different =
                MediaCorpus.ffmpeg("-i", otherLine, "-c:a", "aac", "-b:a", "64k", dir.resolve("different.m4a"));
        UUID a = upload(original);
        UUID b = upload(reencoded);
        UUID c = upload(trimmed);
        UUID d = upload(different);

        long started = System.nanoTime();
        int done = fingerprints.drain();
        System.out.printf(
                "Fingerprinted %d file(s) in %d ms%n",
                done, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        List<SamePerformance> pairs = resemblances.among(List.of(a, b, c, d));

        SamePerformance reencodedPair = pair(pairs, a, b);
        assertThat(reencodedPair.in(a).from().toMillis() / 1000.0).isCloseTo(0, within(1.0));
        assertThat(reencodedPair.in(a).to().toMillis() / 1000.0).isCloseTo(15.3, within(1.0));
        assertThat(reencodedPair.in(b).from().toMillis() / 1000.0).isCloseTo(0, within(1.0));
        SamePerformance trimmedPair = pair(pairs, a, c);
        assertThat(trimmedPair.in(a).from().toMillis() / 1000.0).isCloseTo(3, within(1.0));
        assertThat(trimmedPair.in(a).to().toMillis() / 1000.0).isCloseTo(15.3, within(1.0));
        assertThat(trimmedPair.in(c).from().toMillis() / 1000.0).isCloseTo(0, within(1.0));
        assertThat(trimmedPair.in(c).to().toMillis() / 1000.0).isCloseTo(12.3, within(1.0));
        assertThat(pairs).noneMatch(pair -> pair.involves(d));
    }

    private static SamePerformance pair(List<SamePerformance> pairs, UUID one, UUID other) {
        return pairs.stream()
                .filter(pair -> pair.involves(one) && pair.involves(other))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No match between " + one + " and " + other + ": " + pairs));
    }

    private UUID upload(Path file) throws IOException {
        String candidate = TestAccounts.candidate(accounts, Locale.ENGLISH);
        try (InputStream in = Files.newInputStream(file)) {
            return AsUser.call(
                            candidate,
                            Role.CANDIDATE,
                            () -> media.store(in, file.getFileName().toString(), MediaPolicy.audioOnly()))
                    .id();
        }
    }
}
