package org.auditio.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.auditio.accounts.LinkPurpose;
import org.jspecify.annotations.Nullable;

/** A single-use, expiring link. Only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "account_token")
public class AccountToken {

    @Id
    private UUID id;

    private UUID userId;

    @Enumerated(EnumType.STRING)
    private LinkPurpose purpose;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private @Nullable Instant usedAt;

    protected AccountToken() {
        this.id = UUID.randomUUID();
        this.userId = id;
        this.purpose = LinkPurpose.PASSWORD_RESET;
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public AccountToken(UUID userId, LinkPurpose purpose, String tokenHash, Instant now, Duration validity) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the link; a second use, or a use after expiry, is refused. */
    public void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("Link already used or expired");
        }
        usedAt = now;
    }

    public UUID userId() {
        return userId;
    }

    public LinkPurpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
