package org.auditio.selection;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.auditio.accounts.CurrentUser;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.Applicant;
import org.auditio.candidates.ApplicationOutcomes;
import org.auditio.candidates.Outcome;
import org.auditio.candidates.OutcomeDecision;
import org.auditio.common.UserError;
import org.auditio.jury.JuryFreeze;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryScores;
import org.auditio.jury.PanelView;
import org.auditio.jury.SubmittedMarks;
import org.auditio.ranking.Deliberators;
import org.auditio.ranking.Ranking;
import org.auditio.ranking.Rankings;
import org.auditio.selection.domain.SelectionAssistant;
import org.auditio.selection.domain.SelectionAssistant.Pin;
import org.auditio.selection.domain.SelectionAssistant.Plan;
import org.auditio.selection.internal.DecisionStore;
import org.auditio.selection.internal.DecisionStore.Stored;
import org.auditio.selection.internal.MarksDigest;
import org.auditio.selection.internal.PublicationStore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliberation: the assistant's proposal, the chair's overrides with their reasons, and the
 * publication that freezes marks and decisions and tells every applicant. Re-running the assistant
 * keeps every override: overrides are pinned inputs, and only proposals are replaced.
 */
@Service
public class Deliberation {

    public static final int MAX_REASON = 1000;

    private final AuditionService auditions;
    private final Rankings rankings;
    private final Deliberators deliberators;
    private final ApplicationOutcomes applications;
    private final JuryScores scores;
    private final JuryPanels panels;
    private final JuryFreeze juryFreeze;
    private final DecisionStore decisions;
    private final PublicationStore publications;
    private final Clock clock;

    Deliberation(
            AuditionService auditions,
            Rankings rankings,
            Deliberators deliberators,
            ApplicationOutcomes applications,
            JuryScores scores,
            JuryPanels panels,
            JuryFreeze juryFreeze,
            DecisionStore decisions,
            PublicationStore publications,
            Clock clock) {
        this.auditions = auditions;
        this.rankings = rankings;
        this.deliberators = deliberators;
        this.applications = applications;
        this.scores = scores;
        this.panels = panels;
        this.juryFreeze = juryFreeze;
        this.decisions = decisions;
        this.publications = publications;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public SelectionBoard board(UUID auditionId) {
        AuditionDetails audition = deliberator(auditionId);
        return board(audition, rankings.chosen(auditionId), applications.applicants(auditionId));
    }

    /** Runs the assistant with this country cap (none when null), keeping the chair's overrides. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional
    public SelectionBoard propose(UUID auditionId, @Nullable Integer countryCap) {
        AuditionDetails audition = editable(auditionId);
        if (countryCap != null && countryCap < 1) {
            throw new UserError("selection.cap.invalid");
        }
        decisions.saveCountryCap(auditionId, countryCap);
        Ranking ranking = rankings.chosen(auditionId);
        List<Applicant> applicants = applications.applicants(auditionId);
        Map<UUID, Pin> pins = decisions.of(auditionId).stream()
                .filter(Stored::overridden)
                .collect(Collectors.toMap(Stored::applicationId, d -> new Pin(d.outcome(), d.reservePosition())));
        Plan plan = SelectionAssistant.propose(
                Boards.entrants(ranking, applicants), audition.voiceParts(), countryCap, pins);
        decisions.replaceProposals(
                auditionId,
                plan.proposals().stream()
                        .filter(p -> !p.pinned())
                        .map(p -> new Stored(
                                p.applicationId(),
                                p.quota(),
                                p.outcome(),
                                p.reservePosition(),
                                p.reason(),
                                false,
                                null,
                                null,
                                clock.instant()))
                        .toList());
        renumberPinned(auditionId, plan);
        return board(audition, ranking, applicants);
    }

    /**
     * The chair's decision on one applicant, with the reason they must give; then the assistant runs
     * again around it with the same cap, so counts and reserve positions stay consistent.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional
    public SelectionBoard override(
            UUID auditionId, UUID applicationId, Outcome outcome, @Nullable Integer reservePosition, String reason) {
        AuditionDetails audition = editable(auditionId);
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new UserError("selection.override.reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw new UserError("selection.override.reason-too-long", MAX_REASON);
        }
        Applicant applicant = applications.applicants(auditionId).stream()
                .filter(a -> a.applicationId().equals(applicationId))
                .findFirst()
                .orElseThrow(() -> new UserError("application.not-found"));
        VoicePart quota = SelectionAssistant.quotaFor(applicant.voicePart(), audition.offeredParts());
        if (outcome != Outcome.NOT_SELECTED && quota == null) {
            throw new UserError("selection.override.no-places");
        }
        if (reservePosition != null && reservePosition < 1) {
            throw new UserError("selection.override.position-invalid");
        }
        decisions.override(
                auditionId,
                new Stored(
                        applicationId,
                        quota,
                        outcome,
                        outcome == Outcome.RESERVE
                                ? (reservePosition == null ? Integer.MAX_VALUE : reservePosition)
                                : null,
                        null,
                        true,
                        why,
                        CurrentUser.email().orElseThrow(),
                        clock.instant()));
        return propose(auditionId, decisions.countryCap(auditionId).orElse(null));
    }

    /**
     * Freezes the audition: the decisions as they stand, the ranking method and the digest of every
     * mark; the audition becomes PUBLISHED, after which the database refuses any change to its
     * decisions (selection's triggers) and, once the jury module has frozen them, to its marks
     * (the jury's triggers); every applicant is told their outcome.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public Publication publish(UUID auditionId) {
        AuditionDetails audition = editable(auditionId);
        if (audition.status() != AuditionStatus.IN_REVIEW) {
            throw new UserError("selection.publish.not-in-review");
        }
        if (scoringOpen(audition)) {
            throw new UserError("selection.publish.scoring-open");
        }
        Ranking ranking = rankings.chosen(auditionId);
        SelectionBoard board = board(audition, ranking, applications.applicants(auditionId));
        if (!board.decided() || board.undecided()) {
            throw new UserError("selection.publish.undecided");
        }
        List<SubmittedMarks> marks = scores.submitted(auditionId);
        Publication publication = new Publication(
                auditionId,
                ranking.method(),
                MarksDigest.of(marks),
                MarksDigest.count(marks),
                CurrentUser.email().orElseThrow(),
                clock.instant());
        Map<UUID, VoicePart> quotas = new HashMap<>();
        decisions.of(auditionId).stream()
                .filter(d -> d.quota() != null)
                .forEach(d -> quotas.put(d.applicationId(), d.quota()));
        publications.freeze(publication, board.rows(), quotas);
        auditions.publish(auditionId);
        juryFreeze.freeze(auditionId); // the jury module's own triggers then refuse any change to the marks
        applications.announce(
                auditionId,
                board.rows().stream()
                        .map(r -> new OutcomeDecision(
                                r.applicationId(),
                                r.outcome() == null ? Outcome.NOT_SELECTED : r.outcome(),
                                r.outcome() == Outcome.RESERVE ? r.reservePosition() : null))
                        .toList());
        return publication;
    }

    /**
     * Who may deliberate on this audition: ranking's one check (organisers, admins, the jury chair).
     * The chair proposes and overrides; publishing, which speaks for the organisation to every
     * applicant, and the exports, which name the jurors, stay with organisers and admins.
     */
    private AuditionDetails deliberator(UUID auditionId) {
        return deliberators.check(auditionId);
    }

    /** Whether jurors may still score: publication waits until the organisers close scoring. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public boolean scoringOpen(UUID auditionId) {
        return scoringOpen(deliberator(auditionId));
    }

    private boolean scoringOpen(AuditionDetails audition) {
        return panels.panel(audition.id()).filter(PanelView::scoringOpen).isPresent();
    }

    /** The audition, for this module's other services and views, behind the same access check. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public AuditionDetails audition(UUID auditionId) {
        return deliberator(auditionId);
    }

    private AuditionDetails editable(UUID auditionId) {
        AuditionDetails audition = deliberator(auditionId);
        if (audition.status() == AuditionStatus.PUBLISHED || audition.status() == AuditionStatus.ARCHIVED) {
            throw new UserError("selection.published");
        }
        return audition;
    }

    /** A pinned reserve keeps its place in the list; its stored position follows the list's numbering. */
    private void renumberPinned(UUID auditionId, Plan plan) {
        Map<UUID, Stored> stored =
                decisions.of(auditionId).stream().collect(Collectors.toMap(Stored::applicationId, Function.identity()));
        plan.proposals().stream()
                .filter(p -> p.pinned() && p.outcome() == Outcome.RESERVE && p.reservePosition() != null)
                .filter(p ->
                        !java.util.Objects.equals(stored.get(p.applicationId()).reservePosition(), p.reservePosition()))
                .forEach(p -> decisions.reposition(p.applicationId(), p.reservePosition()));
    }

    private SelectionBoard board(AuditionDetails audition, Ranking ranking, List<Applicant> applicants) {
        return Boards.board(
                audition,
                ranking,
                applicants,
                decisions.of(audition.id()),
                decisions.countryCap(audition.id()).orElse(null));
    }
}
