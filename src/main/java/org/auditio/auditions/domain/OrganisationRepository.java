package org.auditio.auditions.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    @Query("select o from Organisation o order by lower(o.name)")
    List<Organisation> findPage(Pageable page);

    @Query("select o from Organisation o join o.organisers m where m = ?1 order by lower(o.name)")
    List<Organisation> findByOrganiser(UUID accountId);

    @Query("select o from Organisation o where lower(o.name) = lower(?1)")
    Optional<Organisation> findByName(String name);
}
