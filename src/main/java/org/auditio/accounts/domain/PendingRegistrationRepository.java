package org.auditio.accounts.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PendingRegistrationRepository extends JpaRepository<PendingRegistration, UUID> {

    Optional<PendingRegistration> findByTokenHash(String tokenHash);

    /** Once an address has its account, its other pending registrations have nothing left to open. */
    @Modifying
    @Query("delete from PendingRegistration p where lower(p.email) = lower(?1)")
    int deleteByAddress(String email);

    /** Expired registrations, confirmed or not, are forgotten: they hold a name and a password hash. */
    @Modifying
    @Query("delete from PendingRegistration p where p.expiresAt < ?1")
    int deleteExpiredBefore(Instant instant);
}
