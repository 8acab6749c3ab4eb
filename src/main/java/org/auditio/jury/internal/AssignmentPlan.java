package org.auditio.jury.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.auditio.jury.Sharing;
import org.auditio.jury.domain.JuryCode;
import org.auditio.jury.domain.JurySeat;

/**
 * Who hears whom, and in which order. With k jurors per application, each application goes to the
 * k least-loaded jurors who are not conflicted, so loads differ by at most one; each juror then
 * hears their applications in their own random order, drawn from the seed on their seat.
 */
public final class AssignmentPlan {

    /** A juror with an application never goes together. */
    public record Pair(UUID applicationId, UUID jurorId) {}

    private AssignmentPlan() {}

    public static Map<UUID, List<JuryCode>> plan(
            List<JuryCode> codes, List<JurySeat> seats, Sharing sharing, int perApplication, Set<Pair> conflicts) {
        Map<UUID, List<JuryCode>> byJuror = new LinkedHashMap<>();
        Map<UUID, Integer> load = new HashMap<>();
        seats.forEach(seat -> {
            byJuror.put(seat.jurorId(), new ArrayList<>());
            load.put(seat.jurorId(), 0);
        });
        List<UUID> jurors = seats.stream().map(JurySeat::jurorId).toList();
        List<JuryCode> sorted =
                codes.stream().sorted(Comparator.comparing(JuryCode::code)).toList();
        int k = sharing == Sharing.EVERYONE ? jurors.size() : perApplication;
        int turn = 0;
        for (JuryCode code : sorted) {
            int start = turn++;
            List<UUID> candidates = new ArrayList<>();
            for (int i = 0; i < jurors.size(); i++) {
                UUID juror = jurors.get((start + i) % jurors.size());
                if (!conflicts.contains(new Pair(code.applicationId(), juror))) {
                    candidates.add(juror);
                }
            }
            candidates.sort(Comparator.comparing(load::get));
            for (UUID juror : candidates.subList(0, Math.min(k, candidates.size()))) {
                byJuror.get(juror).add(code);
                load.merge(juror, 1, Integer::sum);
            }
        }
        for (JurySeat seat : seats) {
            List<JuryCode> mine = byJuror.get(seat.jurorId());
            mine.sort(Comparator.comparing(JuryCode::code));
            java.util.Collections.shuffle(mine, new Random(seat.seed()));
        }
        return byJuror;
    }
}
