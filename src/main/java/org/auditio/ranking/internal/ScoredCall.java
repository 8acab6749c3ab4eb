package org.auditio.ranking.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.auditio.jury.WeightedScores;
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

    private ScoredCall(List<UUID> jurors, List<WeightedScores.Application> byCode, int[] rowOf) {
        this.jurors = jurors;
        int n = byCode.size();
        applications = new UUID[n];
        codes = new String[n];
        sections = new VoicePart[n];
        identities = new long[n];
        columns = new HashMap<>(n * 2);
        rows = new HashMap<>();
        for (int j = 0; j < jurors.size(); j++) {
            rows.put(jurors.get(j), j);
        }
        table = ScoreTable.empty(jurors.size(), n);
        for (int a = 0; a < n; a++) {
            WeightedScores.Application application = byCode.get(a);
            UUID id = application.applicationId();
            applications[a] = id;
            codes[a] = application.code();
            sections[a] = application.voicePart().section();
            identities[a] = id.getMostSignificantBits() ^ id.getLeastSignificantBits();
            columns.put(id, a);
            for (int i = 0; i < application.scores().length; i++) {
                table.set(rowOf[application.jurorIndexes()[i]], a, application.scores()[i]);
            }
        }
    }

    /** Jurors of the panel in seat order; any other juror with scores after them. */
    public static ScoredCall of(WeightedScores scores, List<UUID> seatOrder) {
        Set<UUID> jurors = new LinkedHashSet<>(seatOrder);
        jurors.addAll(scores.jurors());
        List<UUID> rows = List.copyOf(jurors);
        int[] rowOf = scores.jurors().stream().mapToInt(rows::indexOf).toArray();
        List<WeightedScores.Application> byCode = scores.applications().stream()
                .sorted(Comparator.comparing(WeightedScores.Application::code))
                .toList();
        return new ScoredCall(rows, byCode, rowOf);
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
