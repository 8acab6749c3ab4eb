package org.auditio.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.auditio.accounts.Role;
import org.auditio.common.Translations;
import org.jspecify.annotations.Nullable;

/**
 * A registration whose address is not confirmed yet: what the candidate typed (the password as its
 * hash) and the single-use link that turns it into an account. Only the SHA-256 of the link's
 * secret is stored.
 */
@Entity
@Table(name = "pending_registration")
public class PendingRegistration {

    @Id
    private UUID id;

    private String email;

    private String displayName;

    private String passwordHash;

    private String language;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private @Nullable Instant usedAt;

    protected PendingRegistration() {
        this.id = UUID.randomUUID();
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.language = "en";
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public PendingRegistration(
            String email,
            String displayName,
            String passwordHash,
            Locale language,
            String tokenHash,
            Instant now,
            Duration validity) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.language = Translations.supported(language).getLanguage();
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the link and opens the candidate account it was for. */
    public UserAccount confirm(Clock clock) {
        Instant now = clock.instant();
        if (!usableAt(now)) {
            throw new IllegalStateException("Link already used or expired");
        }
        usedAt = now;
        UserAccount account = new UserAccount(email, displayName, Role.CANDIDATE, language(), clock);
        account.setPasswordHash(passwordHash);
        return account;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Locale language() {
        return Translations.fromTag(language);
    }
}
