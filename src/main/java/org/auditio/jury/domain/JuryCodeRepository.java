package org.auditio.jury.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JuryCodeRepository extends JpaRepository<JuryCode, UUID> {

    List<JuryCode> findByAuditionId(UUID auditionId);
}
