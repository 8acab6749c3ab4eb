package org.auditio.auditions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AuditioTest
class AuditionDeadlineSweepTest {

    @Autowired
    AuditionDeadlineSweep sweep;

    @Autowired
    AuditionService auditions;

    @Autowired
    TestClock clock;

    @Autowired
    AuditionFixtures fixtures;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_sweep_records_the_closing_of_auditions_past_their_deadline_and_leaves_the_others_open() {
        AuditionFixtures.Organiser organiser = fixtures.organiser();
        UUID soon = fixtures.open(organiser, 1);
        UUID later = fixtures.open(organiser, 10);

        clock.advance(Duration.ofDays(2));
        assertThat(sweep.closeDue()).isGreaterThanOrEqualTo(1);

        // Back before the deadline, only a recorded closing still reads CLOSED.
        clock.reset();
        assertThat(status(organiser, soon)).isEqualTo(AuditionStatus.CLOSED);
        assertThat(status(organiser, later)).isEqualTo(AuditionStatus.OPEN);
    }

    private AuditionStatus status(AuditionFixtures.Organiser organiser, UUID id) {
        return AsUser.call(organiser.email(), Role.ORGANISER, () -> auditions.details(id))
                .status();
    }
}
