package org.auditio.jury.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JuryPanelRepository extends JpaRepository<JuryPanel, UUID> {

    Optional<JuryPanel> findByAuditionId(UUID auditionId);

    @Query("select p from JuryPanel p join p.seats s where s.jurorId = ?1 order by p.scoringStartedAt desc")
    List<JuryPanel> findSeating(UUID jurorId);
}
