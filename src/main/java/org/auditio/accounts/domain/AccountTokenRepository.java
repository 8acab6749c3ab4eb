package org.auditio.accounts.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.auditio.accounts.LinkPurpose;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, UUID> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** Whether the account has a link of that kind that still works. */
    @Query("select count(t) > 0 from AccountToken t where t.userId = ?1 and t.purpose = ?2 and t.usedAt is null"
            + " and t.expiresAt > ?3")
    boolean anyUsable(UUID userId, LinkPurpose purpose, Instant now);

    /** Spends every open link of that kind, so that only the newest one works. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = ?3 where t.userId = ?1 and t.purpose = ?2 and t.usedAt is null")
    int spendOpenLinks(UUID userId, LinkPurpose purpose, Instant now);
}
