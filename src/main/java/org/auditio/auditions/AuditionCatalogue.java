package org.auditio.auditions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.auditio.auditions.domain.AuditionRepository;
import org.auditio.auditions.internal.OrganisationNames;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What anyone may read: the open calls and every call past the draft stage. Drafts stay private. */
@Service
public class AuditionCatalogue {

    private final AuditionRepository auditions;
    private final OrganisationNames names;
    private final Clock clock;

    AuditionCatalogue(AuditionRepository auditions, OrganisationNames names, Clock clock) {
        this.auditions = auditions;
        this.names = names;
        this.clock = clock;
    }

    /** Open calls whose deadline is ahead, the nearest deadline first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<AuditionSummary> open(int offset, int limit) {
        return names.summaries(
                auditions.findOpen(clock.instant(), AuditionService.page(offset, limit)), clock.instant());
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public long countOpen() {
        return auditions.countOpen(clock.instant());
    }

    /** A public call (any status but draft); empty for a draft or an unknown id. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<AuditionDetails> call(UUID auditionId) {
        return auditions.findPublic(auditionId).map(a -> a.details(names.of(a.organisationId()), clock.instant()));
    }
}
