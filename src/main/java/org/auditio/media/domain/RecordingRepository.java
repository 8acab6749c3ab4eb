package org.auditio.media.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RecordingRepository extends JpaRepository<Recording, UUID> {

    Optional<Recording> findByOpaqueIdAndStatus(String opaqueId, RecordingStatus status);

    long countBySha256AndStatus(String sha256, RecordingStatus status);

    boolean existsBySha256AndStatusAndOwnerIdNot(String sha256, RecordingStatus status, UUID ownerId);

    List<Recording> findTop500ByStatusAndCreatedAtBefore(RecordingStatus status, Instant before);

    /** One statement, however many rows: uploads a crashed run left behind. */
    @Modifying
    @Query("delete from Recording r where r.status = ?1 and r.createdAt < ?2")
    int deleteByStatusAndCreatedAtBefore(RecordingStatus status, Instant before);

    @Query("select r.storageKey from Recording r where r.status = org.auditio.media.domain.RecordingStatus.COMPLETE")
    Set<String> completeKeys();

    @Query(
            "select r.id from Recording r where r.status = org.auditio.media.domain.RecordingStatus.COMPLETE and r.storageKey = ?1")
    List<UUID> completeWithKey(String storageKey);
}
