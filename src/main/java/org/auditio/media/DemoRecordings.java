package org.auditio.media;

import java.util.List;
import java.util.UUID;
import org.auditio.media.internal.DemoTakes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playable recordings for demo candidates, generated rather than uploaded: a sung line of its own
 * per take (a seeded melody and tempo, about 9 s at 8 kHz) and one COMPLETE recording row per
 * take, owned by its candidate. Exists only where {@code auditio.demo.enabled}; demo seeding runs
 * anonymously, hence open to any caller there.
 */
@Service
@ConditionalOnProperty(name = "auditio.demo.enabled", havingValue = "true")
public class DemoRecordings {

    /** What a slot asks the candidate to sing. */
    public enum Line {
        /** One scale up and down. */
        RANGE_TEST,
        SIGHT_READING,
        SET_PIECE,
        FREE_PIECE
    }

    /**
     * One recording to give: whose, what line, the voice's lowest note (a MIDI pitch), and the seed
     * of its melody and tempo (each take its own, so no two candidates sound alike). A {@code copy}
     * is the take of the same seed sent again, re-encoded: quieter, a little later, other bytes,
     * the same performance (what the organisers' same-performance warning is for).
     */
    public record Take(UUID ownerId, Line line, int tonic, long melody, boolean copy) {}

    private final DemoTakes takes;

    DemoRecordings(DemoTakes takes) {
        this.takes = takes;
    }

    /** Stores the takes; returns their recording ids in the same order. */
    @PreAuthorize("permitAll()")
    @Transactional
    public List<UUID> store(List<Take> wanted) {
        return takes.store(wanted);
    }
}
