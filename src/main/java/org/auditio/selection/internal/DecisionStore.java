package org.auditio.selection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.Outcome;
import org.auditio.selection.domain.SelectionAssistant.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The decisions of an audition and its country cap. A re-run replaces the assistant's proposals and
 * keeps the chair's overrides. The database refuses any write once the audition is published.
 */
@Component
public class DecisionStore {

    /** A stored decision; reason arguments are kept joined by {@link #SEPARATOR} (codes and numbers). */
    public record Stored(
            UUID applicationId,
            @Nullable VoicePart quota,
            Outcome outcome,
            @Nullable Integer reservePosition,
            @Nullable Reason reason,
            boolean overridden,
            @Nullable String overrideReason,
            @Nullable String decidedBy,
            Instant decidedAt) {}

    private static final String SEPARATOR = "\u001f";
    private static final String INSERT = """
            insert into selection_decision (application_id, audition_id, quota_part, outcome, reserve_position,
                reason_key, reason_args, overridden, override_reason, decided_by, decided_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DecisionStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public List<Stored> of(UUID auditionId) {
        return jdbc.sql("""
                        select application_id, quota_part, outcome, reserve_position, reason_key, reason_args,
                               overridden, override_reason, decided_by, decided_at
                        from selection_decision where audition_id = ?""").param(auditionId).query(DecisionStore::row).list();
    }

    public Optional<Integer> countryCap(UUID auditionId) {
        return jdbc.sql("select country_cap from selection_setting where audition_id = ?")
                .param(auditionId)
                .query((rs, n) -> Optional.ofNullable((Integer) rs.getObject(1)))
                .optional()
                .flatMap(cap -> cap);
    }

    public void saveCountryCap(UUID auditionId, @Nullable Integer cap) {
        jdbc.sql("""
                        insert into selection_setting (audition_id, country_cap) values (?, ?)
                        on conflict (audition_id) do update set country_cap = excluded.country_cap""").params(auditionId, cap).update();
    }

    /** Replaces every decision that the chair did not override. */
    public void replaceProposals(UUID auditionId, List<Stored> proposals) {
        jdbc.sql("delete from selection_decision where audition_id = ? and not overridden")
                .param(auditionId)
                .update();
        batch.batchUpdate(
                INSERT,
                proposals.stream()
                        .filter(p -> !p.overridden())
                        .map(p -> values(auditionId, p))
                        .toList());
    }

    /** The chair's decision on one application, replacing whatever was there, and kept in the log. */
    public void override(UUID auditionId, Stored decision) {
        jdbc.sql("delete from selection_decision where application_id = ?")
                .param(decision.applicationId())
                .update();
        insert(auditionId, decision);
        jdbc.sql("""
                        insert into selection_override_log (id, audition_id, application_id, outcome, reserve_position,
                            reason, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        auditionId,
                        decision.applicationId(),
                        decision.outcome().name(),
                        decision.reservePosition(),
                        decision.overrideReason(),
                        decision.decidedBy(),
                        Timestamp.from(decision.decidedAt()))
                .update();
    }

    /** Where a pinned reserve now stands in its list (the list around it may have changed). */
    public void reposition(UUID applicationId, int reservePosition) {
        jdbc.sql("update selection_decision set reserve_position = ? where application_id = ?")
                .params(reservePosition, applicationId)
                .update();
    }

    private void insert(UUID auditionId, Stored decision) {
        jdbc.sql(INSERT).params(values(auditionId, decision)).update();
    }

    private static Object[] values(UUID auditionId, Stored d) {
        Reason reason = d.reason();
        return new Object[] {
            d.applicationId(),
            auditionId,
            d.quota() == null ? null : d.quota().name(),
            d.outcome().name(),
            d.reservePosition(),
            reason == null ? null : reason.key(),
            reason == null ? "" : String.join(SEPARATOR, reason.arguments()),
            d.overridden(),
            d.overrideReason(),
            d.decidedBy(),
            Timestamp.from(d.decidedAt())
        };
    }

    private static Stored row(ResultSet rs, int n) throws SQLException {
        String quota = rs.getString(2);
        String key = rs.getString(5);
        String arguments = rs.getString(6);
        return new Stored(
                rs.getObject(1, UUID.class),
                quota == null ? null : VoicePart.valueOf(quota),
                Outcome.valueOf(rs.getString(3)),
                (Integer) rs.getObject(4),
                key == null
                        ? null
                        : new Reason(key, arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR))),
                rs.getBoolean(7),
                rs.getString(8),
                rs.getString(9),
                rs.getTimestamp(10).toInstant());
    }
}
