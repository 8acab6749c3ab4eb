package org.auditio.accounts.internal;

import java.time.Clock;
import org.auditio.accounts.domain.PendingRegistrationRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Forgets registrations whose link has expired: nobody can open them, and they hold a name and a hash. */
@Component
class PendingRegistrationSweep {

    private final PendingRegistrationRepository pending;
    private final Clock clock;

    PendingRegistrationSweep(PendingRegistrationRepository pending, Clock clock) {
        this.pending = pending;
        this.clock = clock;
    }

    /** Idempotent, so it may run on every node of a cluster at once. */
    @Scheduled(cron = "${auditio.accounts.registration-sweep:0 17 * * * *}")
    @Transactional
    public void sweep() {
        pending.deleteExpiredBefore(clock.instant());
    }
}
