package org.auditio.ranking.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.jury.SubmittedMarks;
import org.auditio.ranking.ApplicationFigures;
import org.auditio.ranking.DeliberationReport;
import org.auditio.ranking.JurorStanding;
import org.auditio.ranking.PanelReliability;
import org.auditio.ranking.RankedApplication;
import org.auditio.ranking.Ranking;
import org.auditio.ranking.RankingSettings;
import org.auditio.ranking.method.Aggregation;
import org.auditio.ranking.method.JurorFigures;
import org.auditio.ranking.method.LeaveOneOut;
import org.auditio.ranking.method.Ordering;
import org.auditio.ranking.method.Reliability;
import org.auditio.ranking.method.ScoreTable;
import org.auditio.ranking.method.Spread;
import org.jspecify.annotations.Nullable;

/** Puts the core's figures, computed by index, into the report the deliberation screens read. */
public final class Deliberation {

    private Deliberation() {}

    public static Ranking ranking(UUID auditionId, ScoredCall call, RankingSettings settings) {
        Aggregation.Result figures = Aggregation.aggregate(call.table(), settings);
        return call.ranking(auditionId, settings, figures, call.order(figures, settings));
    }

    public static DeliberationReport report(
            AuditionDetails audition,
            ScoredCall call,
            RankingSettings settings,
            @Nullable UUID chair,
            List<SubmittedMarks> marks) {
        ScoreTable table = call.table();
        Aggregation.Result figures = Aggregation.aggregate(table, settings);
        Ordering.Result order = call.order(figures, settings);
        Ranking ranking = call.ranking(audition.id(), settings, figures, order);
        Spread spread = Spread.of(table);
        List<ApplicationFigures> applications = new ArrayList<>();
        for (RankedApplication ranked : ranking.applications()) {
            int a = call.column(ranked.applicationId());
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < table.jurors(); j++) {
                if (table.has(j, a)) {
                    low = Math.min(low, table.score(j, a));
                    high = Math.max(high, table.score(j, a));
                }
            }
            boolean two = figures.count()[a] > 1;
            applications.add(new ApplicationFigures(
                    ranked.applicationId(),
                    ranked.code(),
                    order.tieBreak()[a],
                    figures.plainMean()[a],
                    orNull(spread.sd()[a]),
                    two ? low : null,
                    two ? high : null,
                    spread.disputed()[a]));
        }
        Map<VoicePart, Integer> places = places(audition);
        return new DeliberationReport(
                ranking,
                settings,
                applications,
                reliability(audition, call, marks),
                jurors(call, settings, figures, order, chair, places),
                places,
                audition.criteria().stream()
                        .map(CriterionSpec::scaleMin)
                        .min(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO),
                audition.criteria().stream()
                        .map(CriterionSpec::scaleMax)
                        .max(BigDecimal::compareTo)
                        .orElse(BigDecimal.TEN));
    }

    private static PanelReliability reliability(AuditionDetails audition, ScoredCall call, List<SubmittedMarks> marks) {
        List<PanelReliability.CriterionAlpha> criteria = new ArrayList<>();
        for (CriterionSpec criterion : audition.criteria()) {
            if (criterion.id() == null) {
                continue;
            }
            ScoreTable table =
                    ScoreTable.empty(call.jurors().size(), call.table().applications());
            for (SubmittedMarks sheet : marks) {
                BigDecimal mark = sheet.marks().get(criterion.id());
                int row = call.row(sheet.jurorId());
                int column = call.column(sheet.applicationId());
                if (mark != null && row >= 0 && column >= 0) {
                    table.set(row, column, mark.doubleValue());
                }
            }
            criteria.add(new PanelReliability.CriterionAlpha(
                    criterion.id(),
                    criterion.labelEn(),
                    criterion.labelFr(),
                    orNull(Reliability.alphaInterval(table))));
        }
        Reliability.Concordance w = Reliability.kendallW(call.table());
        return new PanelReliability(
                orNull(Reliability.alphaInterval(call.table())),
                criteria,
                orNull(w.w()),
                w.jurors(),
                w.applications(),
                Reliability.pairable(call.table()));
    }

    private static List<JurorStanding> jurors(
            ScoredCall call,
            RankingSettings settings,
            Aggregation.Result figures,
            Ordering.Result order,
            @Nullable UUID chair,
            Map<VoicePart, Integer> places) {
        ScoreTable table = call.table();
        JurorFigures each = JurorFigures.of(table);
        List<JurorStanding> jurors = new ArrayList<>();
        for (int j = 0; j < table.jurors(); j++) {
            LeaveOneOut.Effect effect = table.jurors() < 2
                    ? new LeaveOneOut.Effect(0, Map.of())
                    : LeaveOneOut.without(j, table, order, call.sections(), call.identities(), settings, places);
            List<Double> scores = new ArrayList<>();
            for (int a = 0; a < table.applications(); a++) {
                if (table.has(j, a)) {
                    scores.add(table.score(j, a));
                }
            }
            UUID id = call.jurors().get(j);
            jurors.add(new JurorStanding(
                    id,
                    "J" + (j + 1),
                    id.equals(chair),
                    each.count()[j],
                    orNull(each.mean()[j]),
                    orNull(each.sd()[j]),
                    orNull(each.offset()[j]),
                    orNull(each.agreement()[j]),
                    figures.normalised()[j],
                    effect.maxDisplacement(),
                    effect.topChanges(),
                    scores));
        }
        return jurors;
    }

    /** Places per section (S1 and S2 count for S). */
    static Map<VoicePart, Integer> places(AuditionDetails audition) {
        Map<VoicePart, Integer> places = new EnumMap<>(VoicePart.class);
        for (VoicePartQuota quota : audition.voiceParts()) {
            places.merge(quota.part().section(), quota.places(), Integer::sum);
        }
        return places;
    }

    private static @Nullable Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
