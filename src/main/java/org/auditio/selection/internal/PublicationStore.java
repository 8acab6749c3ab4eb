package org.auditio.selection.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.Outcome;
import org.auditio.ranking.AggregationMethod;
import org.auditio.selection.PublicResults;
import org.auditio.selection.Publication;
import org.auditio.selection.SelectionRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The frozen publications: written once, never updated (the database refuses it). */
@Component
public class PublicationStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PublicationStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Freezes the publication and every applicant's decision as it stands. */
    public void freeze(Publication publication, List<SelectionRow> rows, Map<UUID, VoicePart> quotas) {
        jdbc.sql("""
                        insert into selection_publication (audition_id, ranking_method, marks_digest, marks_count,
                            published_by, published_at) values (?, ?, ?, ?, ?, ?)""")
                .params(
                        publication.auditionId(),
                        publication.method().name(),
                        publication.marksDigest(),
                        publication.marksCount(),
                        publication.publishedBy(),
                        Timestamp.from(publication.publishedAt()))
                .update();
        batch.batchUpdate(
                """
                insert into selection_published_entry (audition_id, application_id, section, voice_part, full_name,
                    country, outcome, reserve_position, section_rank, score, overridden, override_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows.stream()
                        .map(row -> {
                            Outcome outcome = row.outcome() == null ? Outcome.NOT_SELECTED : row.outcome();
                            VoicePart part = quotas.getOrDefault(row.applicationId(), row.voicePart());
                            return new Object[] {
                                publication.auditionId(),
                                row.applicationId(),
                                part.section().name(),
                                part.name(),
                                row.name(),
                                row.country(),
                                outcome.name(),
                                outcome == Outcome.RESERVE ? row.reservePosition() : null,
                                row.sectionRank(),
                                row.score(),
                                row.overridden(),
                                row.overrideReason()
                            };
                        })
                        .toList());
    }

    public Optional<Publication> of(UUID auditionId) {
        return jdbc.sql("""
                        select ranking_method, marks_digest, marks_count, published_by, published_at
                        from selection_publication where audition_id = ?""")
                .param(auditionId)
                .query((rs, n) -> new Publication(
                        auditionId,
                        AggregationMethod.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** The selected in ranking order and the reserve in list order, by section; never the others. */
    public List<PublicResults.Entry> publicEntries(UUID auditionId) {
        return jdbc.sql("""
                        select section, voice_part, full_name, country, reserve_position from selection_published_entry
                        where audition_id = ? and outcome in ('SELECTED', 'RESERVE')
                        order by section, voice_part, reserve_position nulls first, section_rank, full_name""")
                .param(auditionId)
                .query((rs, n) -> new PublicResults.Entry(
                        VoicePart.valueOf(rs.getString(1)),
                        VoicePart.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        (Integer) rs.getObject(5)))
                .list();
    }
}
