package org.auditio.media.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RecordingFingerprintRepository extends JpaRepository<RecordingFingerprint, UUID> {

    /** COMPLETE recordings not fingerprinted yet, oldest first. */
    @Query(value = """
            select r.id from recording r
            where r.status = 'COMPLETE'
              and not exists (select 1 from recording_fingerprint f where f.recording_id = r.id)
            order by r.completed_at limit ?1""", nativeQuery = true)
    List<UUID> pending(int limit);

    /**
     * Keeps a fingerprint (or a failure). A row already there wins: two nodes may fingerprint the
     * same recording, and a recording deleted meanwhile leaves nothing behind.
     */
    @Modifying
    @Query(value = """
            insert into recording_fingerprint (recording_id, items, duration_ms, computed_at, failure)
            select r.id, ?2, cast(?3 as bigint), ?4, cast(?5 as varchar) from recording r where r.id = ?1
            on conflict (recording_id) do nothing""", nativeQuery = true)
    int keep(UUID recordingId, byte[] items, @Nullable Long durationMs, Instant computedAt, @Nullable String failure);
}
