package org.auditio.jury;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.accounts.AccountService;
import org.auditio.auditions.VoicePart;
import org.auditio.jury.domain.JuryPanelRepository;
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
    private final JuryPanelRepository panels;
    private final AccountService accounts;

    JuryScores(JdbcClient jdbc, JuryPanelRepository panels, AccountService accounts) {
        this.jdbc = jdbc;
        this.panels = panels;
        this.accounts = accounts;
    }

    /**
     * Each submitted assignment's weighted score, as the assignment stored it on submission, gathered
     * per application: one row per assignment is read (no marks), one row per application travels.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public WeightedScores weighted(UUID auditionId) {
        List<UUID> jurors = jdbc.sql("""
                        select distinct juror_id from jury_assignment
                        where audition_id = ? and state = 'SUBMITTED' order by juror_id""").param(auditionId).query(UUID.class).list();
        List<WeightedScores.Application> applications = new ArrayList<>();
        // 10,000 groups of 20 scores for a large call: kept in memory, not spilled to disk
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("""
                        select a.application_id, a.code, a.voice_part, array_agg(j.position - 1),
                               array_agg(a.weighted_sum::float8 / a.weight_sum::float8)
                        from jury_assignment a
                        join unnest(cast(? as uuid[])) with ordinality as j(juror_id, position)
                          on j.juror_id = a.juror_id
                        where a.audition_id = ? and a.state = 'SUBMITTED' and a.weight_sum > 0
                        group by a.application_id, a.code, a.voice_part""").params(array(jurors), auditionId).query(rs -> {
            applications.add(new WeightedScores.Application(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    VoicePart.valueOf(rs.getString(3)),
                    Arrays.stream((Long[]) rs.getArray(4).getArray())
                            .mapToInt(Long::intValue)
                            .toArray(),
                    Arrays.stream((Double[]) rs.getArray(5).getArray())
                            .mapToDouble(Double::doubleValue)
                            .toArray()));
        });
        return new WeightedScores(jurors, applications);
    }

    /** A PostgreSQL array literal of ids, cast in the query. */
    private static String array(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** The audition's jury (jurors in seat order, chair), if it has one. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public Optional<PanelView> panel(UUID auditionId) {
        return panels.findByAuditionId(auditionId).map(JuryPanels::view);
    }

    /** Whether the current user chairs the audition's jury: the chair deliberates with the organisers. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public boolean chairedByMe(UUID auditionId) {
        return accounts.current()
                .flatMap(me ->
                        panels.findByAuditionId(auditionId).map(p -> p.chairId().equals(me.id())))
                .orElse(false);
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
