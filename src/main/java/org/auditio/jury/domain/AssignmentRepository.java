package org.auditio.jury.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Jurors' queries always name the juror: nobody reaches another juror's work by guessing. */
public interface AssignmentRepository extends JpaRepository<Assignment, UUID> {

    @Query("""
            select a from Assignment a where a.auditionId = ?1 and a.jurorId = ?2
            and a.state <> org.auditio.jury.AssignmentState.CONFLICTED order by a.listeningRank""")
    List<Assignment> findQueue(UUID auditionId, UUID jurorId);

    @Query("""
            select a from Assignment a where a.auditionId = ?1 and a.jurorId = ?2 and a.code = ?3
            and a.state <> org.auditio.jury.AssignmentState.CONFLICTED""")
    Optional<Assignment> findOpenable(UUID auditionId, UUID jurorId, String code);

    @Query("select coalesce(max(a.listeningRank), 0) from Assignment a where a.auditionId = ?1 and a.jurorId = ?2")
    int lastRank(UUID auditionId, UUID jurorId);

    Optional<Assignment> findByAuditionIdAndJurorIdAndApplicationId(UUID auditionId, UUID jurorId, UUID applicationId);

    List<Assignment> findByAuditionId(UUID auditionId);

    List<Assignment> findByJurorIdAndApplicationId(UUID jurorId, UUID applicationId);

    List<Assignment> findByAuditionIdAndApplicationId(UUID auditionId, UUID applicationId);

    boolean existsByAuditionId(UUID auditionId);
}
