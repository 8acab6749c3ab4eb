package org.auditio.candidates;

import java.util.Map;
import org.auditio.auditions.VoicePart;

/** Counts for an audition's dashboard: by status, then the submitted applications by voice part and country. */
public record ApplicationStatistics(
        Map<ApplicationStatus, Long> byStatus,
        Map<VoicePart, Long> submittedByVoicePart,
        Map<String, Long> submittedByCountry) {

    public long count(ApplicationStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
