package org.auditio.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.auditio.accounts.AccountSummary;
import org.auditio.accounts.Role;
import org.auditio.common.Translations;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private UUID id;

    private String email;

    private String displayName;

    private @Nullable String passwordHash;

    private String language;

    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
        this.id = UUID.randomUUID();
        this.email = "";
        this.displayName = "";
        this.language = "en";
        this.createdAt = Instant.EPOCH;
    }

    public UserAccount(String email, String displayName, Role role, Locale language, Clock clock) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.displayName = displayName;
        this.roles.add(role);
        this.language = Translations.supported(language).getLanguage();
        this.createdAt = clock.instant();
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public void changeLanguage(Locale language) {
        this.language = Translations.supported(language).getLanguage();
    }

    /**
     * Erases who this was at the person's request: the address becomes an unusable one, the name a
     * dash, and without a password nobody can log in. The id stays, as other records refer to it.
     */
    public void erase() {
        this.email = "erased-" + id + "@invalid";
        this.displayName = "—";
        this.passwordHash = null;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public Locale language() {
        return Translations.fromTag(language);
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public AccountSummary summary() {
        return new AccountSummary(id, email, displayName, roles(), language(), passwordHash != null, createdAt);
    }
}
