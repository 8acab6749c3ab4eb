package org.auditio.selection;

import java.util.List;
import java.util.UUID;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.VoicePart;
import org.auditio.ranking.AggregationMethod;
import org.jspecify.annotations.Nullable;

/** What the deliberation works on: every applicant by section in ranking order, with the counts per part. */
public record SelectionBoard(
        UUID auditionId,
        AuditionStatus status,
        AggregationMethod method,
        @Nullable Integer countryCap,
        List<SelectionRow> rows,
        List<PartCount> parts) {

    public SelectionBoard {
        rows = List.copyOf(rows);
        parts = List.copyOf(parts);
    }

    public List<SelectionRow> section(VoicePart section) {
        return rows.stream().filter(r -> r.section() == section).toList();
    }

    /** Decisions change until the results are published. */
    public boolean editable() {
        return status != AuditionStatus.PUBLISHED && status != AuditionStatus.ARCHIVED;
    }

    public boolean decided() {
        return rows.stream().anyMatch(r -> r.outcome() != null);
    }

    /** A ranked applicant the assistant has not decided yet (marks came in since it last ran). */
    public boolean undecided() {
        return rows.stream().anyMatch(r -> r.ranked() && r.outcome() == null);
    }
}
