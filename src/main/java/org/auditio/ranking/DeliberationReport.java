package org.auditio.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.auditio.auditions.VoicePart;

/**
 * Everything the jury chair and the organisers deliberate from: the ranking by the given settings,
 * per application its flags and spread (same order as the ranking), the panel's reliability, each
 * juror's severity, agreement and weight (leave-one-out), the places per section, and the scale the
 * weighted scores live on.
 */
public record DeliberationReport(
        Ranking ranking,
        RankingSettings settings,
        List<ApplicationFigures> applications,
        PanelReliability reliability,
        List<JurorStanding> jurors,
        Map<VoicePart, Integer> places,
        BigDecimal scaleMin,
        BigDecimal scaleMax) {

    public DeliberationReport {
        applications = List.copyOf(applications);
        jurors = List.copyOf(jurors);
        places = Map.copyOf(places);
    }

    public boolean empty() {
        return ranking.applications().isEmpty();
    }
}
