package org.auditio.auditions.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.auditions.AuditionSummary;
import org.auditio.auditions.domain.Audition;
import org.auditio.auditions.domain.Organisation;
import org.auditio.auditions.domain.OrganisationRepository;
import org.springframework.stereotype.Component;

/** Organisation names for auditions, read in one query per page rather than one per line. */
@Component
public class OrganisationNames {

    private final OrganisationRepository organisations;

    OrganisationNames(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public String of(UUID organisationId) {
        return organisations.findById(organisationId).map(Organisation::name).orElse("");
    }

    public List<AuditionSummary> summaries(List<Audition> auditions, Instant now) {
        Map<UUID, String> names =
                organisations
                        .findAllById(auditions.stream()
                                .map(Audition::organisationId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Organisation::id, Organisation::name));
        return auditions.stream()
                .map(a -> a.summary(names.getOrDefault(a.organisationId(), ""), now))
                .toList();
    }
}
