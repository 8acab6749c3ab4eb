package org.auditio.auditions.internal;

import java.time.Clock;
import java.time.Instant;
import org.auditio.auditions.AuditionClosed;
import org.auditio.auditions.domain.Audition;
import org.auditio.auditions.domain.AuditionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the closing of auditions whose deadline has passed. The deadline itself is enforced from
 * the clock on every read and every action (an audition past its deadline is closed whether or
 * not this has run); the sweep only writes it down and tells the other modules.
 */
@Component
class AuditionDeadlineSweep {

    private final AuditionRepository auditions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditionDeadlineSweep(AuditionRepository auditions, ApplicationEventPublisher events, Clock clock) {
        this.auditions = auditions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${auditio.auditions.close-sweep:30 * * * * *}")
    @Transactional
    public int closeDue() {
        Instant now = clock.instant();
        int closed = 0;
        for (Audition audition : auditions.findDue(now)) {
            if (audition.closeIfDue(now)) {
                events.publishEvent(new AuditionClosed(audition.id(), audition.closedAt()));
                closed++;
            }
        }
        return closed;
    }
}
