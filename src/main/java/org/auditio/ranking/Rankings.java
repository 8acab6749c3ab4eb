package org.auditio.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.CriterionSpec;
import org.auditio.jury.JuryScores;
import org.auditio.jury.SubmittedMarks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rankings of an audition's submitted applications, for the people who deliberate. */
@Service
public class Rankings {

    private final AuditionService auditions;
    private final JuryScores scores;

    Rankings(AuditionService auditions, JuryScores scores) {
        this.auditions = auditions;
        this.scores = scores;
    }

    /** The ranking by the method the audition uses. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Ranking chosen(UUID auditionId) {
        return rank(auditionId, AggregationMethod.MEAN);
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Ranking rank(UUID auditionId, AggregationMethod method) {
        AuditionDetails audition = auditions.details(auditionId);
        Map<UUID, List<Double>> byApplication = new HashMap<>();
        Map<UUID, SubmittedMarks> first = new HashMap<>();
        for (SubmittedMarks marks : scores.submitted(auditionId)) {
            byApplication
                    .computeIfAbsent(marks.applicationId(), id -> new ArrayList<>())
                    .add(weighted(audition, marks));
            first.putIfAbsent(marks.applicationId(), marks);
        }
        List<RankedApplication> ranked = new ArrayList<>();
        first.values().stream()
                .sorted(Comparator.comparingDouble((SubmittedMarks m) -> -mean(byApplication.get(m.applicationId())))
                        .thenComparing(SubmittedMarks::code))
                .forEach(m -> {
                    List<Double> each = byApplication.get(m.applicationId());
                    int sectionRank = (int) ranked.stream()
                                    .filter(r -> r.section() == m.voicePart().section())
                                    .count()
                            + 1;
                    ranked.add(new RankedApplication(
                            m.applicationId(),
                            m.code(),
                            m.voicePart().section(),
                            sectionRank,
                            ranked.size() + 1,
                            mean(each),
                            each.size(),
                            false));
                });
        return new Ranking(auditionId, method, ranked);
    }

    private static double weighted(AuditionDetails audition, SubmittedMarks marks) {
        double sum = 0;
        double weights = 0;
        for (CriterionSpec criterion : audition.criteria()) {
            BigDecimal mark = marks.marks().get(criterion.id());
            if (mark != null) {
                sum += mark.doubleValue() * criterion.weight().doubleValue();
                weights += criterion.weight().doubleValue();
            }
        }
        return weights == 0 ? 0 : sum / weights;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
