package org.auditio.auditions.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditionRepository extends JpaRepository<Audition, UUID> {

    /** The audition, only if the account organises for the organisation owning it. */
    @Query("""
            select a from Audition a where a.id = ?1 and a.organisationId in
              (select o.id from Organisation o join o.organisers m where m = ?2)""")
    Optional<Audition> findManageable(UUID id, UUID accountId);

    @Query("""
            select a from Audition a where a.organisationId in
              (select o.id from Organisation o join o.organisers m where m = ?1)
            order by a.createdAt desc, a.id""")
    List<Audition> findManagedBy(UUID accountId, Pageable page);

    @Query("""
            select count(a) from Audition a where a.organisationId in
              (select o.id from Organisation o join o.organisers m where m = ?1)""")
    long countManagedBy(UUID accountId);

    @Query("select a from Audition a order by a.createdAt desc, a.id")
    List<Audition> findNewestFirst(Pageable page);

    /** Open calls whose deadline is still ahead, the nearest deadline first. */
    @Query("""
            select a from Audition a where a.status = org.auditio.auditions.AuditionStatus.OPEN
              and a.closesAt > ?1 order by a.closesAt, a.id""")
    List<Audition> findOpen(Instant now, Pageable page);

    @Query("""
            select count(a) from Audition a where a.status = org.auditio.auditions.AuditionStatus.OPEN
              and a.closesAt > ?1""")
    long countOpen(Instant now);

    /** Open calls whose deadline has passed but whose closing is not recorded yet. */
    @Query("""
            select a from Audition a where a.status = org.auditio.auditions.AuditionStatus.OPEN
              and a.closesAt <= ?1""")
    List<Audition> findDue(Instant now);

    /** Any audition past the draft stage: its call is public. */
    @Query("select a from Audition a where a.id = ?1 and a.status <> org.auditio.auditions.AuditionStatus.DRAFT")
    Optional<Audition> findPublic(UUID id);
}
