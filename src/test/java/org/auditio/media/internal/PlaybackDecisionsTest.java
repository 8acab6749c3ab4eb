package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.media.internal.PlaybackDecisions.Playable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Remembered playback decisions never outlive a write: losing a right closes access at once. */
@AuditioTest
class PlaybackDecisionsTest {

    @Autowired
    PlaybackDecisions decisions;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    final AtomicInteger asked = new AtomicInteger();
    final Playable playable = new Playable("key", "audio/mpeg", 10);
    /** Decisions outlive a test: each test plays as its own viewer. */
    final String viewer = UUID.randomUUID() + "@example.org";

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Optional<Playable> decide() {
        return decisions.decide(viewer, "opaque-id-0000000000", () -> {
            asked.incrementAndGet();
            return Optional.of(playable);
        });
    }

    @Test
    void a_seeking_player_asks_the_policies_once_until_something_is_written() {
        assertThat(decide()).contains(playable);
        assertThat(decide()).contains(playable);
        assertThat(asked).hasValue(1);

        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(
                status -> jdbc.sql("select 1").query(Integer.class).single());
        assertThat(decide()).contains(playable);
        assertThat(asked).hasValue(1);

        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> jdbc.sql("update outbound_mail set attempts = attempts where false")
                        .update());
        decide();
        assertThat(asked).as("asked again after a committed write").hasValue(2);
    }

    @Test
    void a_decision_is_asked_again_after_its_maximum_age() {
        decide();
        clock.advance(PlaybackDecisions.MAX_AGE.plus(Duration.ofSeconds(1)));
        decide();
        assertThat(asked).hasValue(2);
    }

    @Test
    void a_refusal_is_remembered_like_a_grant_and_differs_per_viewer() {
        Optional<Playable> refused = decisions.decide("stranger-" + viewer, "opaque-id-0000000000", () -> {
            asked.incrementAndGet();
            return Optional.empty();
        });
        assertThat(refused).isEmpty();
        assertThat(decide()).contains(playable);
        assertThat(asked).hasValue(2);
    }
}
