package org.auditio.jury;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes an audition's jury work for good once its results are published: from then on the
 * database (triggers of V61 on the jury's tables) refuses any change to its marks, mark changes,
 * assignments and conflicts, whoever writes. The jury owns the freeze because it owns those
 * tables; selection's publication asks for it.
 */
@Service
public class JuryFreeze {

    private final AuditionService auditions;
    private final JdbcClient jdbc;
    private final Clock clock;

    JuryFreeze(AuditionService auditions, JdbcClient jdbc, Clock clock) {
        this.auditions = auditions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Freezes the jury of a published audition the current user manages; freezing again keeps the
     * first time. Only publication freezes: an audition that is not published yet is refused.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public void freeze(UUID auditionId) {
        AuditionStatus status = auditions.details(auditionId).status();
        if (status != AuditionStatus.PUBLISHED && status != AuditionStatus.ARCHIVED) {
            throw new IllegalStateException("audition " + auditionId + " is " + status + ": only publication freezes");
        }
        jdbc.sql("select jury_freeze_audition(?, ?)")
                .params(auditionId, Timestamp.from(clock.instant()))
                .query()
                .singleRow();
    }

    /** Whether the audition's jury work is frozen (its results published). */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public boolean frozen(UUID auditionId) {
        auditions.details(auditionId);
        return jdbc.sql("select exists (select 1 from jury_freeze where audition_id = ?)")
                .param(auditionId)
                .query(Boolean.class)
                .single();
    }
}
