package org.auditio.auditions;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.AccountSummary;
import org.auditio.accounts.Role;
import org.auditio.auditions.domain.Organisation;
import org.auditio.auditions.domain.OrganisationRepository;
import org.auditio.common.UserError;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins create organisations and say which organisers belong to each. */
@Service
public class Organisations {

    private final OrganisationRepository organisations;
    private final AccountAdministration accounts;
    private final Clock clock;

    Organisations(OrganisationRepository organisations, AccountAdministration accounts, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UUID create(String name, OrganisationKind kind) {
        if (organisations.findByName(name.strip()).isPresent()) {
            throw new UserError("organisation.name.taken");
        }
        try {
            return organisations
                    .saveAndFlush(new Organisation(name, kind, clock.instant()))
                    .id();
        } catch (DataIntegrityViolationException raced) {
            throw new UserError("organisation.name.taken");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> page(int offset, int limit) {
        return organisations.findPage(AuditionService.page(offset, limit)).stream()
                .map(Organisation::summary)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return organisations.count();
    }

    /** The organisers of an organisation, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> organisers(UUID organisationId) {
        return accounts.byIds(find(organisationId).organisers());
    }

    /** Adds an existing organiser account, named by its e-mail address. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void addOrganiser(UUID organisationId, String email) {
        Organisation organisation = find(organisationId);
        AccountSummary account = accounts.byEmail(email)
                .filter(found -> found.roles().contains(Role.ORGANISER))
                .orElseThrow(() -> new UserError("organisation.organiser-unknown", email.strip()));
        organisation.addOrganiser(account.id());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeOrganiser(UUID organisationId, UUID accountId) {
        find(organisationId).removeOrganiser(accountId);
    }

    private Organisation find(UUID organisationId) {
        return organisations.findById(organisationId).orElseThrow(() -> new UserError("organisation.not-found"));
    }
}
