package org.auditio.jury.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MarkChangeRepository extends JpaRepository<MarkChange, UUID> {

    List<MarkChange> findByAssignmentIdOrderByChangedAt(UUID assignmentId);

    @Query("""
            select c from MarkChange c where c.assignmentId in
            (select a.id from Assignment a where a.auditionId = ?1) order by c.changedAt desc""")
    List<MarkChange> findByAuditionNewestFirst(UUID auditionId);
}
