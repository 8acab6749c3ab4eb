package org.auditio.selection;

import java.util.Optional;
import java.util.UUID;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionStatus;
import org.auditio.selection.internal.PublicationStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The results anyone may read, from the frozen publication only: names and countries of the chosen. */
@Service
public class PublishedResults {

    private final AuditionCatalogue catalogue;
    private final PublicationStore publications;

    PublishedResults(AuditionCatalogue catalogue, PublicationStore publications) {
        this.catalogue = catalogue;
        this.publications = publications;
    }

    /** Empty unless the audition's results are published (an archived audition keeps them public). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicResults> of(UUID auditionId) {
        return catalogue
                .call(auditionId)
                .filter(a -> a.status() == AuditionStatus.PUBLISHED || a.status() == AuditionStatus.ARCHIVED)
                .filter(a -> publications.of(auditionId).isPresent())
                .map(a -> new PublicResults(
                        auditionId, a.titleEn(), a.titleFr(), publications.publicEntries(auditionId)));
    }
}
