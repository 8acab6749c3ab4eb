package org.auditio.media.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Remembers who may play what, so the dozens of range requests of one seeking player do not each
 * repeat the same authorisation queries. A decision holds only while nothing has been written:
 * any committed read-write transaction (a withdrawal, a jury change, a conflict …) makes every
 * remembered decision stale at once, and the next request asks the policies again. A decision
 * is also dropped after {@link #MAX_AGE}, which bounds staleness when several instances share the
 * database (writes on another instance are not seen here).
 */
@Component
class PlaybackDecisions implements TransactionExecutionListener {

    static final Duration MAX_AGE = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 20_000;

    private final AtomicLong writes = new AtomicLong();
    private final Map<Key, Decision> decisions = new ConcurrentHashMap<>();
    private final Clock clock;

    PlaybackDecisions(Clock clock) {
        this.clock = clock;
    }

    /** The remembered answer for this viewer and recording, or the policies' answer, remembered. */
    Optional<Playable> decide(String viewer, String opaqueId, Supplier<Optional<Playable>> policies) {
        Key key = new Key(viewer, opaqueId);
        Instant now = clock.instant();
        long seen = writes.get();
        Decision known = decisions.get(key);
        if (known != null
                && known.writes() == seen
                && known.decidedAt().plus(MAX_AGE).isAfter(now)) {
            return Optional.ofNullable(known.playable());
        }
        Optional<Playable> answer = policies.get();
        if (decisions.size() >= MAX_ENTRIES) {
            decisions.clear();
        }
        // Stamped with the count read before asking: a write committed meanwhile makes it stale.
        decisions.put(key, new Decision(seen, now, answer.orElse(null)));
        return answer;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
        if (!transaction.isReadOnly()) {
            writes.incrementAndGet();
        }
    }

    /** What serving a recording needs, once it may be played. */
    record Playable(String storageKey, String contentType, long size) {}

    private record Key(String viewer, String opaqueId) {}

    private record Decision(
            long writes, Instant decidedAt, @Nullable Playable playable) {}
}
