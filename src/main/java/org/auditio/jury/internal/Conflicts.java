package org.auditio.jury.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.jury.AssignmentState;
import org.auditio.jury.ConflictKind;
import org.auditio.jury.Sharing;
import org.auditio.jury.domain.Assignment;
import org.auditio.jury.domain.AssignmentRepository;
import org.auditio.jury.domain.Conflict;
import org.auditio.jury.domain.ConflictRepository;
import org.auditio.jury.domain.JuryCode;
import org.auditio.jury.domain.JuryCodeRepository;
import org.auditio.jury.domain.JuryPanel;
import org.springframework.stereotype.Component;

/**
 * Records a conflict of interest: the juror's assignment becomes conflicted (out of their reach,
 * counted as absent, their marks dropped). With k jurors per application, the least-loaded juror
 * free of conflict and not yet on it takes the application at the end of their queue.
 */
@Component
public class Conflicts {

    private final ConflictRepository conflicts;
    private final AssignmentRepository assignments;
    private final JuryCodeRepository codes;
    private final Clock clock;

    Conflicts(ConflictRepository conflicts, AssignmentRepository assignments, JuryCodeRepository codes, Clock clock) {
        this.conflicts = conflicts;
        this.assignments = assignments;
        this.codes = codes;
        this.clock = clock;
    }

    public void record(JuryPanel panel, UUID applicationId, UUID jurorId, ConflictKind kind, UUID declaredBy) {
        UUID auditionId = panel.auditionId();
        if (conflicts.existsByAuditionIdAndApplicationIdAndJurorId(auditionId, applicationId, jurorId)) {
            return;
        }
        conflicts.save(new Conflict(auditionId, applicationId, jurorId, kind, declaredBy, clock.instant()));
        assignments
                .findByAuditionIdAndJurorIdAndApplicationId(auditionId, jurorId, applicationId)
                .ifPresent(assignment -> {
                    assignment.conflict();
                    if (panel.sharing() == Sharing.K_PER_APPLICATION) {
                        replace(panel, applicationId);
                    }
                });
    }

    private void replace(JuryPanel panel, UUID applicationId) {
        UUID auditionId = panel.auditionId();
        List<Assignment> all = assignments.findByAuditionId(auditionId);
        Set<UUID> onIt = all.stream()
                .filter(a -> a.applicationId().equals(applicationId))
                .map(Assignment::jurorId)
                .collect(Collectors.toSet());
        Set<UUID> conflicted = conflicts.findByAuditionId(auditionId).stream()
                .filter(c -> c.applicationId().equals(applicationId))
                .map(Conflict::jurorId)
                .collect(Collectors.toSet());
        Map<UUID, Long> load = all.stream()
                .filter(a -> a.state() != AssignmentState.CONFLICTED)
                .collect(Collectors.groupingBy(Assignment::jurorId, Collectors.counting()));
        Map<UUID, Integer> lastRank =
                all.stream().collect(Collectors.toMap(Assignment::jurorId, Assignment::listeningRank, Math::max));
        JuryCode code = codes.findById(applicationId).orElseThrow();
        panel.seats().stream()
                .map(seat -> seat.jurorId())
                .filter(juror -> !onIt.contains(juror) && !conflicted.contains(juror))
                .min(Comparator.comparing((UUID juror) -> load.getOrDefault(juror, 0L)))
                .ifPresent(juror ->
                        assignments.save(new Assignment(auditionId, juror, code, lastRank.getOrDefault(juror, 0) + 1)));
    }
}
