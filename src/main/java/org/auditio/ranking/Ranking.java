package org.auditio.ranking;

import java.util.List;
import java.util.UUID;
import org.auditio.auditions.VoicePart;

/** A ranking of one audition by one method: ranked applications first, best first, then the unranked. */
public record Ranking(UUID auditionId, AggregationMethod method, List<RankedApplication> applications) {

    public Ranking {
        applications = List.copyOf(applications);
    }

    public List<RankedApplication> section(VoicePart section) {
        return applications.stream().filter(a -> a.section() == section).toList();
    }
}
