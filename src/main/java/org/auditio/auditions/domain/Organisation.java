package org.auditio.auditions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.auditio.auditions.OrganisationKind;
import org.auditio.auditions.OrganisationSummary;
import org.auditio.common.UserError;

/** Owns auditions; its organisers (account ids) manage them, and only them. */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int MAX_NAME = 200;

    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "organisation_organiser", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "account_id")
    private Set<UUID> organisers = new HashSet<>();

    protected Organisation() {
        this.id = UUID.randomUUID();
        this.name = "";
        this.kind = OrganisationKind.NETWORK_MEMBER;
        this.createdAt = Instant.EPOCH;
    }

    public Organisation(String name, OrganisationKind kind, Instant now) {
        this(UUID.randomUUID(), name, kind, now);
    }

    public Organisation(UUID id, String name, OrganisationKind kind, Instant now) {
        this.id = id;
        this.name = requireName(name);
        this.kind = kind;
        this.createdAt = now;
    }

    public void addOrganiser(UUID accountId) {
        organisers.add(accountId);
    }

    public void removeOrganiser(UUID accountId) {
        organisers.remove(accountId);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Set<UUID> organisers() {
        return Set.copyOf(organisers);
    }

    public OrganisationSummary summary() {
        return new OrganisationSummary(id, name, kind, organisers.size());
    }

    private static String requireName(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new UserError("organisation.name.required");
        }
        if (stripped.length() > MAX_NAME) {
            throw new UserError("field.too-long", MAX_NAME);
        }
        return stripped;
    }
}
