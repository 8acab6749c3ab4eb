package org.auditio.media.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.auditio.media.SamePerformance;
import org.auditio.media.domain.RecordingFingerprint;
import org.auditio.media.domain.RecordingFingerprintRepository;
import org.springframework.stereotype.Component;

/** Behind {@link org.auditio.media.Recordings#samePerformances}: the stored fingerprints, compared. */
@Component
public class Resemblances {

    /** Ids per query: PostgreSQL takes many, but a bounded list keeps each statement's plan ordinary. */
    private static final int CHUNK = 1000;

    private final RecordingFingerprintRepository fingerprints;

    Resemblances(RecordingFingerprintRepository fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** Pairs among these recordings (those fingerprinted so far) that hold the same performance. */
    public List<SamePerformance> among(Collection<UUID> recordingIds) {
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(recordingIds));
        List<UUID> known = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (RecordingFingerprint fingerprint :
                    fingerprints.findAllById(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                if (fingerprint.failure() == null) {
                    known.add(fingerprint.recordingId());
                    values.add(fingerprint.values());
                }
            }
        }
        return FingerprintMatcher.matches(values).stream()
                .map(match -> new SamePerformance(
                        excerpt(known.get(match.first()), match.inFirst()),
                        excerpt(known.get(match.second()), match.inSecond()),
                        match.bitErrorRate()))
                .toList();
    }

    private static SamePerformance.Excerpt excerpt(UUID recordingId, FingerprintMatcher.Stretch stretch) {
        return new SamePerformance.Excerpt(
                recordingId,
                Duration.ofMillis(Math.round(stretch.from() * 1000)),
                Duration.ofMillis(Math.round(stretch.to() * 1000)));
    }
}
