package org.auditio.jury.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MarkChangeRepository extends JpaRepository<MarkChange, UUID> {

    List<MarkChange> findByAssignmentIdOrderByChangedAt(UUID assignmentId);
}
