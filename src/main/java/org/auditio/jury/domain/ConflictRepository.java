package org.auditio.jury.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConflictRepository extends JpaRepository<Conflict, UUID> {

    List<Conflict> findByAuditionId(UUID auditionId);

    boolean existsByAuditionIdAndApplicationIdAndJurorId(UUID auditionId, UUID applicationId, UUID jurorId);
}
