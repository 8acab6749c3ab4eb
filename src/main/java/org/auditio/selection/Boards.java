package org.auditio.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.candidates.Applicant;
import org.auditio.candidates.Outcome;
import org.auditio.ranking.RankedApplication;
import org.auditio.ranking.Ranking;
import org.auditio.selection.domain.SelectionAssistant.Entrant;
import org.auditio.selection.internal.DecisionStore.Stored;
import org.jspecify.annotations.Nullable;

/** Puts the ranking, the applicants and the stored decisions together: the assistant's input and the board. */
final class Boards {

    private Boards() {}

    /** Ranked applicants in overall order first, then the unranked (too few marks, or none). */
    static List<Entrant> entrants(Ranking ranking, List<Applicant> applicants) {
        Map<UUID, RankedApplication> ranked = ranking.applications().stream()
                .collect(Collectors.toMap(RankedApplication::applicationId, Function.identity()));
        Comparator<Applicant> order = Comparator.comparingInt(a -> rankOf(ranked.get(a.applicationId())) == 0
                ? Integer.MAX_VALUE
                : ranked.get(a.applicationId()).overallRank());
        return applicants.stream()
                .sorted(order.thenComparing(a -> a.applicationId().toString()))
                .map(a -> new Entrant(
                        a.applicationId(), a.voicePart(), a.country(), rankOf(ranked.get(a.applicationId())) > 0))
                .toList();
    }

    private static int rankOf(@Nullable RankedApplication ranked) {
        return ranked == null || !ranked.ranked() || ranked.tooFewMarks() ? 0 : ranked.sectionRank();
    }

    static SelectionBoard board(
            AuditionDetails audition,
            Ranking ranking,
            List<Applicant> applicants,
            List<Stored> decisions,
            @Nullable Integer countryCap) {
        Map<UUID, RankedApplication> ranked = ranking.applications().stream()
                .collect(Collectors.toMap(RankedApplication::applicationId, Function.identity()));
        Map<UUID, Stored> stored =
                decisions.stream().collect(Collectors.toMap(Stored::applicationId, Function.identity()));
        List<SelectionRow> rows = new ArrayList<>();
        for (Applicant a : applicants) {
            RankedApplication r = ranked.get(a.applicationId());
            Stored d = stored.get(a.applicationId());
            rows.add(new SelectionRow(
                    a.applicationId(),
                    a.fullName(),
                    a.country(),
                    a.voicePart(),
                    rankOf(r),
                    r == null ? null : r.score(),
                    d == null ? null : d.outcome(),
                    d == null ? null : d.reservePosition(),
                    d == null || d.reason() == null ? null : d.reason().key(),
                    d == null || d.reason() == null ? List.of() : d.reason().arguments(),
                    d != null && d.overridden(),
                    d == null ? null : d.overrideReason(),
                    d == null ? null : d.decidedBy(),
                    d == null ? null : d.decidedAt()));
        }
        rows.sort(Comparator.comparing(SelectionRow::section)
                .thenComparing(row -> row.ranked() ? row.sectionRank() : Integer.MAX_VALUE)
                .thenComparing(SelectionRow::name));
        return new SelectionBoard(
                audition.id(),
                audition.status(),
                ranking.method(),
                countryCap,
                rows,
                counts(audition.voiceParts(), stored));
    }

    private static List<PartCount> counts(List<VoicePartQuota> quotas, Map<UUID, Stored> stored) {
        Map<VoicePart, int[]> taken = new EnumMap<>(VoicePart.class);
        stored.values().stream().filter(d -> d.quota() != null).forEach(d -> {
            int[] count = taken.computeIfAbsent(d.quota(), q -> new int[2]);
            if (d.outcome() == Outcome.SELECTED) {
                count[0]++;
            } else if (d.outcome() == Outcome.RESERVE) {
                count[1]++;
            }
        });
        return quotas.stream()
                .map(q -> {
                    int[] count = taken.getOrDefault(q.part(), new int[2]);
                    return new PartCount(q.part(), q.places(), count[0], q.reserve(), count[1]);
                })
                .toList();
    }
}
