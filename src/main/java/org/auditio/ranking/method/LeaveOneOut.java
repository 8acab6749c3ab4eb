package org.auditio.ranking.method;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.auditio.auditions.VoicePart;
import org.auditio.ranking.RankingSettings;

/**
 * How much the ranking rests on each juror: the ranking recomputed without them, by the same
 * method. The largest move of an application's overall rank (among those ranked both ways), and per
 * section how many of the applications within its places (the top N) drop out of it.
 */
public final class LeaveOneOut {

    /** One juror's weight: largest rank move, and per section how many leave the top N. */
    public record Effect(int maxDisplacement, Map<VoicePart, Integer> topChanges) {}

    private LeaveOneOut() {}

    public static Effect without(
            int juror,
            ScoreTable table,
            Ordering.Result full,
            VoicePart[] sections,
            long[] identities,
            RankingSettings settings,
            Map<VoicePart, Integer> places) {
        ScoreTable rest = table.without(juror);
        Ordering.Result reduced = Ordering.of(
                Aggregation.aggregate(rest, settings), sections, identities, settings.method(), settings.seed());
        int maxDisplacement = 0;
        for (int a = 0; a < sections.length; a++) {
            if (full.overallRank()[a] > 0 && reduced.overallRank()[a] > 0) {
                maxDisplacement = Math.max(maxDisplacement, Math.abs(full.overallRank()[a] - reduced.overallRank()[a]));
            }
        }
        Map<VoicePart, Integer> changes = new java.util.EnumMap<>(VoicePart.class);
        places.forEach((section, n) -> {
            Set<Integer> before = top(full, sections, section, n);
            before.removeAll(top(reduced, sections, section, n));
            changes.put(section, before.size());
        });
        return new Effect(maxDisplacement, changes);
    }

    private static Set<Integer> top(Ordering.Result ordering, VoicePart[] sections, VoicePart section, int n) {
        Set<Integer> top = new HashSet<>();
        for (int a = 0; a < sections.length; a++) {
            int rank = ordering.sectionRank()[a];
            if (sections[a] == section && rank > 0 && rank <= n) {
                top.add(a);
            }
        }
        return top;
    }
}
