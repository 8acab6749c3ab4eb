package org.auditio.jury;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marks deliberation works from: every submitted assignment of an audition with its marks.
 * Read in one query because a large call holds a million marks. Callers check who may see them.
 */
@Service
public class JuryScores {

    private final JdbcClient jdbc;

    JuryScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public List<SubmittedMarks> submitted(UUID auditionId) {
        List<SubmittedMarks> result = new ArrayList<>();
        Map<UUID, Map<UUID, BigDecimal>> byAssignment = new HashMap<>();
        jdbc.sql("""
                        select a.id, a.application_id, a.code, a.voice_part, a.juror_id, m.criterion_id, m.mark
                        from jury_assignment a join jury_mark m on m.assignment_id = a.id
                        where a.audition_id = ? and a.state = 'SUBMITTED'
                        order by a.id""").param(auditionId).query(rs -> {
            UUID assignment = rs.getObject(1, UUID.class);
            Map<UUID, BigDecimal> marks = byAssignment.get(assignment);
            if (marks == null) {
                marks = new HashMap<>();
                byAssignment.put(assignment, marks);
                result.add(new SubmittedMarks(
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        VoicePart.valueOf(rs.getString(4)),
                        rs.getObject(5, UUID.class),
                        marks));
            }
            marks.put(rs.getObject(6, UUID.class), rs.getBigDecimal(7));
        });
        return result;
    }
}
