package org.auditio.media.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordingRepository extends JpaRepository<Recording, UUID> {

    Optional<Recording> findByOpaqueIdAndStatus(String opaqueId, RecordingStatus status);

    long countBySha256AndStatus(String sha256, RecordingStatus status);
}
