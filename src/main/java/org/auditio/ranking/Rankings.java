package org.auditio.ranking;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.auditio.auditions.AuditionDetails;
import org.auditio.jury.JuryScores;
import org.auditio.jury.PanelView;
import org.auditio.ranking.domain.RankingChoice;
import org.auditio.ranking.domain.RankingChoiceRepository;
import org.auditio.ranking.internal.Deliberation;
import org.auditio.ranking.internal.ScoredCall;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rankings of an audition's scored applications, for the people who deliberate ({@link
 * Deliberators}): by the method its organisers chose, or by any other to compare, with the figures
 * the chair needs (spread, reliability, severity, leave-one-out). Computed on demand from the
 * submitted marks: nothing to keep in step when a juror changes a mark.
 */
@Service
public class Rankings {

    private final Deliberators deliberators;
    private final JuryScores scores;
    private final RankingChoiceRepository choices;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    Rankings(Deliberators deliberators, JuryScores scores, RankingChoiceRepository choices, Clock clock) {
        this.deliberators = deliberators;
        this.scores = scores;
        this.choices = choices;
        this.clock = clock;
    }

    /** The ranking by the method the audition uses. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public Ranking chosen(UUID auditionId) {
        AuditionDetails audition = deliberators.check(auditionId);
        return Deliberation.ranking(auditionId, call(audition), settingsOf(auditionId));
    }

    /** The ranking by another method, with the audition's parameters and seed: to compare. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public Ranking rank(UUID auditionId, AggregationMethod method) {
        AuditionDetails audition = deliberators.check(auditionId);
        return Deliberation.ranking(
                auditionId, call(audition), settingsOf(auditionId).with(method));
    }

    /** The ranking by any settings (the audition's own seed is always used): to compare on screen. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public Ranking rank(UUID auditionId, RankingSettings settings) {
        AuditionDetails audition = deliberators.check(auditionId);
        return Deliberation.ranking(auditionId, call(audition), seeded(auditionId, settings));
    }

    /**
     * The method and parameters the audition is ranked by; until its organisers choose, the mean
     * with the default parameters and a seed derived from the audition's id.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public RankingSettings settings(UUID auditionId) {
        deliberators.check(auditionId);
        return settingsOf(auditionId);
    }

    /** The organisers choose the method and its parameters; the tie-draw seed, once drawn, stays. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public RankingSettings choose(UUID auditionId, RankingSettings settings) {
        deliberators.check(auditionId);
        RankingChoice choice =
                choices.findById(auditionId).orElseGet(() -> new RankingChoice(auditionId, seeds.nextLong()));
        choice.choose(settings, currentUser(), clock.instant());
        return choices.save(choice).settings();
    }

    /** The full deliberation report by these settings (the audition's own seed is always used). */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public DeliberationReport report(UUID auditionId, RankingSettings settings) {
        AuditionDetails audition = deliberators.check(auditionId);
        RankingSettings seeded = seeded(auditionId, settings);
        UUID chair = scores.panel(auditionId).map(PanelView::chairId).orElse(null);
        return Deliberation.report(audition, call(audition), seeded, chair, scores.submitted(auditionId));
    }

    private RankingSettings seeded(UUID auditionId, RankingSettings settings) {
        return new RankingSettings(
                settings.method(),
                settings.minMarks(),
                settings.trimFrom(),
                settings.normaliseFrom(),
                settingsOf(auditionId).seed());
    }

    private RankingSettings settingsOf(UUID auditionId) {
        return choices.findById(auditionId)
                .map(RankingChoice::settings)
                .orElseGet(() -> RankingSettings.defaults(
                        auditionId.getMostSignificantBits() ^ auditionId.getLeastSignificantBits()));
    }

    private ScoredCall call(AuditionDetails audition) {
        List<UUID> seats = scores.panel(audition.id()).map(PanelView::jurorIds).orElse(List.of());
        return ScoredCall.of(scores.weighted(audition.id()), seats);
    }

    /** Who chose, as the login names them (the ranking module does not read accounts). */
    private static String currentUser() {
        var user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? "system" : user.getName();
    }
}
