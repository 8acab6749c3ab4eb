package org.auditio.ranking.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.auditio.jury.WeightedScore;
import org.auditio.ranking.RankedApplication;
import org.auditio.ranking.Ranking;
import org.auditio.ranking.RankingSettings;
import org.auditio.ranking.method.Aggregation;
import org.auditio.ranking.method.Ordering;
import org.auditio.ranking.method.ScoreTable;

/**
 * An audition's weighted scores laid out for the aggregation core: jurors in seat order, then
 * applications by code; what each row and column stands for.
 */
public final class ScoredCall {

    private final List<UUID> jurors;
    private final UUID[] applications;
    private final String[] codes;
    private final VoicePart[] sections;
    private final long[] identities;
    private final ScoreTable table;
    private final Map<UUID, Integer> columns;
    private final Map<UUID, Integer> rows;

    private ScoredCall(List<UUID> jurors, List<WeightedScore> firsts, List<WeightedScore> scores) {
        this.jurors = jurors;
        int n = firsts.size();
        applications = new UUID[n];
        codes = new String[n];
        sections = new VoicePart[n];
        identities = new long[n];
        columns = new HashMap<>(n * 2);
        for (int a = 0; a < n; a++) {
            WeightedScore first = firsts.get(a);
            applications[a] = first.applicationId();
            codes[a] = first.code();
            sections[a] = first.voicePart().section();
            identities[a] = first.applicationId().getMostSignificantBits()
                    ^ first.applicationId().getLeastSignificantBits();
            columns.put(first.applicationId(), a);
        }
        rows = new HashMap<>();
        for (int j = 0; j < jurors.size(); j++) {
            rows.put(jurors.get(j), j);
        }
        table = ScoreTable.empty(jurors.size(), n);
        for (WeightedScore score : scores) {
            table.set(rows.get(score.jurorId()), columns.get(score.applicationId()), score.score());
        }
    }

    /** Jurors of the panel in seat order; any other juror with scores after them. */
    public static ScoredCall of(List<WeightedScore> scores, List<UUID> seatOrder) {
        Set<UUID> jurors = new LinkedHashSet<>(seatOrder);
        Map<UUID, WeightedScore> firsts = new LinkedHashMap<>();
        for (WeightedScore score : scores) {
            firsts.putIfAbsent(score.applicationId(), score);
            jurors.add(score.jurorId());
        }
        List<WeightedScore> byCode = firsts.values().stream()
                .sorted(Comparator.comparing(WeightedScore::code))
                .toList();
        return new ScoredCall(List.copyOf(jurors), byCode, scores);
    }

    public Ordering.Result order(Aggregation.Result figures, RankingSettings settings) {
        return Ordering.of(figures, sections, identities, settings.method(), settings.seed());
    }

    /** Ranked applications best first, then those with too few marks by code. */
    public Ranking ranking(
            UUID auditionId, RankingSettings settings, Aggregation.Result figures, Ordering.Result order) {
        List<RankedApplication> result = new ArrayList<>(applications.length);
        for (int a : order.order()) {
            result.add(new RankedApplication(
                    applications[a],
                    codes[a],
                    sections[a],
                    order.sectionRank()[a],
                    order.overallRank()[a],
                    figures.score()[a],
                    figures.count()[a],
                    false));
        }
        for (int a = 0; a < applications.length; a++) {
            if (!figures.ranked(a)) {
                result.add(new RankedApplication(
                        applications[a], codes[a], sections[a], 0, 0, null, figures.count()[a], true));
            }
        }
        return new Ranking(auditionId, settings.method(), result);
    }

    public ScoreTable table() {
        return table;
    }

    public List<UUID> jurors() {
        return jurors;
    }

    /** The column of an application, the row of a juror; -1 when they have no score. */
    public int column(UUID application) {
        return columns.getOrDefault(application, -1);
    }

    public int row(UUID juror) {
        return rows.getOrDefault(juror, -1);
    }

    public VoicePart[] sections() {
        return sections;
    }

    public long[] identities() {
        return identities;
    }

    public UUID application(int column) {
        return applications[column];
    }

    public String code(int column) {
        return codes[column];
    }
}
