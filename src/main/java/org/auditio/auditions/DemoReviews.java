package org.auditio.auditions;

import java.time.Clock;
import java.util.UUID;
import org.auditio.auditions.domain.Audition;
import org.auditio.auditions.domain.AuditionRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets the jury's demo seeding (which runs anonymously) put the closed World Youth Choir 2019
 * demo call in review. Exists only where {@code auditio.demo.enabled}, and acts on the demo call only.
 */
@Service
@ConditionalOnProperty(name = "auditio.demo.enabled", havingValue = "true")
public class DemoReviews {

    private final AuditionRepository auditions;
    private final Clock clock;

    DemoReviews(AuditionRepository auditions, Clock clock) {
        this.auditions = auditions;
        this.clock = clock;
    }

    /** Moves the closed WYC 2019 demo call to review; does nothing where it is already further on. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void startReviewOfWorldYouthChoir2019() {
        UUID id = DemoAuditionIds.WORLD_YOUTH_CHOIR_2019;
        Audition audition = auditions.findById(id).orElseThrow();
        if (audition.statusAt(clock.instant()) == AuditionStatus.CLOSED) {
            audition.startReview(clock.instant());
            auditions.save(audition);
        }
    }
}
