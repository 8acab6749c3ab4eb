package org.auditio.jury.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.candidates.AnonymousApplication;
import org.auditio.candidates.SubmittedForJury;
import org.auditio.jury.domain.Assignment;
import org.auditio.jury.domain.AssignmentRepository;
import org.auditio.jury.domain.ConflictRepository;
import org.auditio.jury.domain.JuryCode;
import org.auditio.jury.domain.JuryCodeRepository;
import org.auditio.jury.domain.JuryPanel;
import org.springframework.stereotype.Component;

/**
 * Gives every submitted application its anonymous code and every juror their queue. Runs once
 * when scoring starts (later runs only add what is new), for organisers and the demo alike.
 */
@Component
public class ScoringStart {

    private final SubmittedForJury submitted;
    private final JuryCodeRepository codes;
    private final AssignmentRepository assignments;
    private final ConflictRepository conflicts;

    ScoringStart(
            SubmittedForJury submitted,
            JuryCodeRepository codes,
            AssignmentRepository assignments,
            ConflictRepository conflicts) {
        this.submitted = submitted;
        this.codes = codes;
        this.assignments = assignments;
        this.conflicts = conflicts;
    }

    public void assign(JuryPanel panel) {
        UUID auditionId = panel.auditionId();
        List<JuryCode> given = new ArrayList<>(codes.findByAuditionId(auditionId));
        Set<UUID> coded = given.stream().map(JuryCode::applicationId).collect(Collectors.toSet());
        List<AnonymousApplication> fresh = submitted.of(auditionId).stream()
                .filter(a -> !coded.contains(a.applicationId()))
                .toList();
        given.addAll(codes.saveAll(AnonymousCodes.give(auditionId, panel.codePrefix(), fresh, given.size())));
        if (assignments.existsByAuditionId(auditionId)) {
            return;
        }
        Set<AssignmentPlan.Pair> conflicted = new HashSet<>();
        conflicts
                .findByAuditionId(auditionId)
                .forEach(c -> conflicted.add(new AssignmentPlan.Pair(c.applicationId(), c.jurorId())));
        Map<UUID, List<JuryCode>> plan =
                AssignmentPlan.plan(given, panel.seats(), panel.sharing(), panel.jurorsPerApplication(), conflicted);
        List<Assignment> created = new ArrayList<>();
        plan.forEach((juror, queue) -> {
            for (int rank = 0; rank < queue.size(); rank++) {
                created.add(new Assignment(auditionId, juror, queue.get(rank), rank + 1));
            }
        });
        assignments.saveAll(created);
    }
}
