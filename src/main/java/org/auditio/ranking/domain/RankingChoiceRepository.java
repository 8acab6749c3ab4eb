package org.auditio.ranking.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RankingChoiceRepository extends JpaRepository<RankingChoice, UUID> {}
