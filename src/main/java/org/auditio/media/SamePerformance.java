package org.auditio.media;

import java.time.Duration;
import java.util.UUID;

/**
 * Two recordings that hold the same performance over a stretch: the same file, or one re-encoded,
 * trimmed or cut from the other, as their acoustic fingerprints show. {@code bitErrorRate} is the
 * share of fingerprint bits that differ over the stretch (0 for the very same sound; a different
 * performance differs in about half).
 */
public record SamePerformance(Excerpt first, Excerpt second, double bitErrorRate) {

    /** Where the stretch lies in one recording. */
    public record Excerpt(UUID recordingId, Duration from, Duration to) {}

    /** The excerpt of this recording, and the other's, when this pair involves it. */
    public boolean involves(UUID recordingId) {
        return first.recordingId().equals(recordingId) || second.recordingId().equals(recordingId);
    }

    public Excerpt in(UUID recordingId) {
        return first.recordingId().equals(recordingId) ? first : second;
    }

    public Excerpt otherThan(UUID recordingId) {
        return first.recordingId().equals(recordingId) ? second : first;
    }
}
