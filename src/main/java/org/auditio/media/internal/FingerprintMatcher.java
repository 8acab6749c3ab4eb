package org.auditio.media.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the same performance in raw Chromaprint fingerprints: one 32-bit value per {@link #STEP}
 * seconds, each bit a comparison of chroma (pitch-class) energies, so a re-encoded, trimmed or
 * re-uploaded copy keeps most bits at the right time offset while a different performance flips
 * about half of them.
 *
 * <p>Comparing every pair at every offset would cost far too much for an audition's thousand
 * recordings, hence two passes. The coarse pass indexes each value's top {@link #KEY_BITS} bits and
 * lets values shared by two recordings vote for a time offset between them (values so common they
 * say nothing, such as silence, are skipped). The fine pass aligns each pair at its best-voted
 * offsets, counts differing bits over a sliding window of about two seconds, and keeps the longest
 * stretch where the windows stay under {@link #MAX_BIT_ERROR_RATE}, if it lasts
 * {@link #MIN_SECONDS} or more. Identical fingerprints (the same file, or a lossless copy) are
 * grouped first, so each is compared once.
 */
public final class FingerprintMatcher {

    /** Seconds between two fingerprint values: 1365 samples at Chromaprint's 11,025 Hz. */
    public static final double STEP = 1365.0 / 11025;

    /**
     * Seconds of sound behind one value (its chroma frames and classifier window): the last value
     * of a file starts this long before the file ends (measured: 2.64–2.67 s on the test corpus).
     */
    static final double SPAN = 2.66;

    /**
     * Measured: the same performance re-encoded 0.00, trimmed 0.04, quieter with other noise 0.10;
     * different synthetic melodies in one key and timbre down to 0.15 over 8 s (the demo's first
     * draft), different sung lines 0.39 or more.
     */
    static final double MAX_BIT_ERROR_RATE = 0.2;

    static final double MIN_SECONDS = 8;
    static final int WINDOW = 16;
    static final int KEY_BITS = 20;
    /** A value shared by more places than this tells nothing about which recordings match. */
    static final int MAX_POSTINGS = 64;

    static final int MIN_VOTES = 3;
    private static final int OFFSETS_TRIED = 3;
    private static final int OFFSET_BITS = 23;
    private static final int INDEX_BITS = 20;

    /** Where a stretch lies in one recording, in seconds from its start. */
    public record Stretch(double from, double to) {}

    /** Recordings {@code first} and {@code second} (indexes into the input, first < second) match over these stretches. */
    public record Match(int first, Stretch inFirst, int second, Stretch inSecond, double bitErrorRate) {}

    private FingerprintMatcher() {}

    public static List<Match> matches(List<int[]> fingerprints) {
        if (fingerprints.size() >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("Too many recordings to compare at once: " + fingerprints.size());
        }
        // Identical fingerprints (the same file, a lossless copy) form a group compared once.
        Map<Fingerprint, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            int[] values = fingerprints.get(i);
            if (seconds(values.length) >= MIN_SECONDS) {
                groups.computeIfAbsent(new Fingerprint(values), f -> new ArrayList<>())
                        .add(i);
            }
        }
        List<List<Integer>> members = new ArrayList<>(groups.values());
        List<Match> found = new ArrayList<>();
        for (List<Integer> group : members) {
            Stretch whole = new Stretch(0, seconds(fingerprints.get(group.getFirst()).length));
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    found.add(new Match(group.get(i), whole, group.get(j), whole, 0));
                }
            }
        }
        List<int[]> distinct = members.stream()
                .map(group -> fingerprints.get(group.getFirst()))
                .toList();
        for (Match match : distinctMatches(distinct)) {
            for (int a : members.get(match.first())) {
                for (int b : members.get(match.second())) {
                    found.add(
                            a < b
                                    ? new Match(a, match.inFirst(), b, match.inSecond(), match.bitErrorRate())
                                    : new Match(b, match.inSecond(), a, match.inFirst(), match.bitErrorRate()));
                }
            }
        }
        return found;
    }

    /** Matches among fingerprints known to differ from each other. */
    private static List<Match> distinctMatches(List<int[]> fingerprints) {
        long[] votes = votes(fingerprints);
        Arrays.sort(votes);
        List<Match> found = new ArrayList<>();
        int at = 0;
        while (at < votes.length) {
            long pair = votes[at] >>> OFFSET_BITS;
            // The offsets of this pair, with their votes (offsets come sorted).
            List<int[]> offsets = new ArrayList<>();
            while (at < votes.length && votes[at] >>> OFFSET_BITS == pair) {
                long vote = votes[at];
                int count = 0;
                while (at < votes.length && votes[at] == vote) {
                    count++;
                    at++;
                }
                offsets.add(new int[] {(int) (vote & ((1L << OFFSET_BITS) - 1)) - (1 << (OFFSET_BITS - 1)), count});
            }
            int first = (int) (pair >>> INDEX_BITS);
            int second = (int) (pair & ((1 << INDEX_BITS) - 1));
            best(fingerprints.get(first), fingerprints.get(second), likelyOffsets(offsets))
                    .ifPresent(m -> found.add(new Match(first, m.inFirst(), second, m.inSecond(), m.bitErrorRate())));
        }
        return found;
    }

    /** One vote per value two recordings share: (first, second, offset) packed in a long. */
    private static long[] votes(List<int[]> fingerprints) {
        int buckets = 1 << KEY_BITS;
        int[] starts = new int[buckets + 1];
        for (int[] values : fingerprints) {
            for (int value : values) {
                starts[key(value) + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++) {
            starts[b + 1] += starts[b];
        }
        long[] postings = new long[starts[buckets]];
        int[] filled = Arrays.copyOf(starts, buckets);
        for (int r = 0; r < fingerprints.size(); r++) {
            int[] values = fingerprints.get(r);
            for (int position = 0; position < values.length; position++) {
                postings[filled[key(values[position])]++] = ((long) r << 32) | position;
            }
        }
        long[] votes = new long[1024];
        int count = 0;
        for (int b = 0; b < buckets; b++) {
            int from = starts[b];
            int to = starts[b + 1];
            if (to - from < 2 || to - from > MAX_POSTINGS) {
                continue;
            }
            for (int i = from; i < to; i++) {
                for (int j = i + 1; j < to; j++) {
                    int r1 = (int) (postings[i] >>> 32);
                    int r2 = (int) (postings[j] >>> 32);
                    if (r1 == r2) {
                        continue;
                    }
                    int p1 = (int) postings[i];
                    int p2 = (int) postings[j];
                    long vote = r1 < r2 ? pack(r1, r2, p1 - p2) : pack(r2, r1, p2 - p1);
                    if (count == votes.length) {
                        votes = Arrays.copyOf(votes, count * 2);
                    }
                    votes[count++] = vote;
                }
            }
        }
        return Arrays.copyOf(votes, count);
    }

    private static int key(int value) {
        return value >>> (32 - KEY_BITS);
    }

    private static long pack(int first, int second, int offset) {
        long pair = ((long) first << INDEX_BITS) | second;
        return (pair << OFFSET_BITS) | (offset + (1L << (OFFSET_BITS - 1)));
    }

    /** The offsets worth aligning: the best-voted, counting each offset's neighbours (a fraction of a step apart). */
    private static int[] likelyOffsets(List<int[]> offsets) {
        Map<Integer, Integer> votes = new HashMap<>();
        offsets.forEach(o -> votes.put(o[0], o[1]));
        return offsets.stream()
                .map(o -> new int[] {o[0], o[1] + votes.getOrDefault(o[0] - 1, 0) + votes.getOrDefault(o[0] + 1, 0)})
                .filter(o -> o[1] >= MIN_VOTES)
                .sorted((x, y) -> Integer.compare(y[1], x[1]))
                .limit(OFFSETS_TRIED)
                .mapToInt(o -> o[0])
                .toArray();
    }

    /** The longest matching stretch over the given offsets (position in first = position in second + offset). */
    static java.util.Optional<Match> best(int[] first, int[] second, int... offsets) {
        Match best = null;
        for (int offset : offsets) {
            Match match = aligned(first, second, offset);
            if (match != null
                    && (best == null
                            || match.inFirst().to() - match.inFirst().from()
                                    > best.inFirst().to() - best.inFirst().from())) {
                best = match;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static Match aligned(int[] first, int[] second, int offset) {
        int from = Math.max(0, offset);
        int to = Math.min(first.length, second.length + offset);
        int length = to - from;
        if (length < WINDOW) {
            return null;
        }
        int[] errors = new int[length];
        for (int i = 0; i < length; i++) {
            errors[i] = Integer.bitCount(first[from + i] ^ second[from + i - offset]);
        }
        int limit = (int) Math.floor(MAX_BIT_ERROR_RATE * 32 * WINDOW);
        int window = 0;
        for (int i = 0; i < WINDOW; i++) {
            window += errors[i];
        }
        // The longest run of consecutive windows under the limit: values [runStart, runEnd + WINDOW).
        int bestStart = -1;
        int bestEnd = -1;
        int runStart = -1;
        for (int w = 0; w + WINDOW <= length; w++) {
            if (w > 0) {
                window += errors[w + WINDOW - 1] - errors[w - 1];
            }
            if (window <= limit) {
                if (runStart < 0) {
                    runStart = w;
                }
                if (bestStart < 0 || w - runStart > bestEnd - bestStart) {
                    bestStart = runStart;
                    bestEnd = w;
                }
            } else {
                runStart = -1;
            }
        }
        if (bestStart < 0) {
            return null;
        }
        int startItem = bestStart;
        int endItem = bestEnd + WINDOW - 1;
        if (seconds(endItem - startItem + 1) < MIN_SECONDS) {
            return null;
        }
        long bits = 0;
        for (int i = startItem; i <= endItem; i++) {
            bits += errors[i];
        }
        double rate = bits / (32.0 * (endItem - startItem + 1));
        return new Match(
                0,
                stretch(from + startItem, from + endItem),
                1,
                stretch(from + startItem - offset, from + endItem - offset),
                rate);
    }

    private static Stretch stretch(int firstItem, int lastItem) {
        return new Stretch(firstItem * STEP, lastItem * STEP + SPAN);
    }

    /** How long a run of values lasts as sound. */
    static double seconds(int values) {
        return values == 0 ? 0 : (values - 1) * STEP + SPAN;
    }

    /** An int array compared by content, for grouping identical fingerprints. */
    private record Fingerprint(int[] values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Fingerprint that && Arrays.equals(values, that.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
