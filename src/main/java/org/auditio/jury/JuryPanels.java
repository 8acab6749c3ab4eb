package org.auditio.jury;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.AccountSummary;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.VoicePart;
import org.auditio.common.UserError;
import org.auditio.jury.domain.Assignment;
import org.auditio.jury.domain.AssignmentRepository;
import org.auditio.jury.domain.ConflictRepository;
import org.auditio.jury.domain.JuryPanel;
import org.auditio.jury.domain.JuryPanelRepository;
import org.auditio.jury.domain.Mark;
import org.auditio.jury.domain.MarkChange;
import org.auditio.jury.domain.MarkChangeRepository;
import org.auditio.jury.internal.AnonymousCodes;
import org.auditio.jury.internal.Conflicts;
import org.auditio.jury.internal.ScoringStart;
import org.auditio.jury.internal.Severity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' side of the jury: compose the panel, start and close scoring, record conflicts,
 * follow progress and each juror's severity. Every call first asks the auditions module whether the
 * current user manages the audition; another organisation's audition is "not found".
 */
@Service
public class JuryPanels {

    private static final int MAX_JURORS = 1000;

    private final AuditionService auditions;
    private final AccountAdministration administration;
    private final AccountService accounts;
    private final JuryPanelRepository panels;
    private final AssignmentRepository assignments;
    private final ScoringStart scoringStart;
    private final Conflicts conflicts;
    private final ConflictRepository conflictRecords;
    private final MarkChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    JuryPanels(
            AuditionService auditions,
            AccountAdministration administration,
            AccountService accounts,
            JuryPanelRepository panels,
            AssignmentRepository assignments,
            ScoringStart scoringStart,
            Conflicts conflicts,
            ConflictRepository conflictRecords,
            MarkChangeRepository changes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.auditions = auditions;
        this.administration = administration;
        this.accounts = accounts;
        this.panels = panels;
        this.assignments = assignments;
        this.scoringStart = scoringStart;
        this.conflicts = conflicts;
        this.conflictRecords = conflictRecords;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<PanelView> panel(UUID auditionId) {
        auditions.details(auditionId);
        return panels.findByAuditionId(auditionId).map(JuryPanels::view);
    }

    /** The accounts holding the juror role, by name: who may sit on a panel. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> jurorAccounts() {
        return administration.jurors(0, MAX_JURORS).stream()
                .sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public PanelView compose(UUID auditionId, List<UUID> jurors, UUID chair, Sharing sharing, int perApplication) {
        AuditionDetails audition = auditions.details(auditionId);
        Set<UUID> known = jurorAccounts().stream().map(AccountSummary::id).collect(Collectors.toSet());
        if (!known.containsAll(jurors)) {
            throw new UserError("jury.panel.not-a-juror");
        }
        JuryPanel panel = panels.findByAuditionId(auditionId)
                .orElseGet(() -> new JuryPanel(auditionId, AnonymousCodes.prefix(audition.titleEn())));
        panel.compose(jurors, chair, sharing, perApplication, seeds);
        return view(panels.saveAndFlush(panel));
    }

    /** Moves a closed call to review if needed, then gives every juror their queue. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public PanelView startScoring(UUID auditionId) {
        AuditionDetails audition = auditions.details(auditionId);
        if (audition.status() == AuditionStatus.CLOSED) {
            auditions.startReview(auditionId);
        } else if (audition.status() != AuditionStatus.IN_REVIEW) {
            throw new UserError("jury.scoring.needs-closed-call");
        }
        JuryPanel panel = panels.findByAuditionId(auditionId).orElseThrow(() -> new UserError("jury.panel.empty"));
        panel.startScoring(clock.instant());
        scoringStart.assign(panel);
        return view(panels.saveAndFlush(panel));
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public PanelView closeScoring(UUID auditionId) {
        auditions.details(auditionId);
        JuryPanel panel = panels.findByAuditionId(auditionId).orElseThrow(() -> new UserError("jury.panel.empty"));
        panel.closeScoring(clock.instant());
        return view(panels.saveAndFlush(panel));
    }

    /** Whether jurors ever see each other's marks (only ever after submitting their own). */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public PanelView showOthersMarks(UUID auditionId, OthersMarks setting) {
        auditions.details(auditionId);
        JuryPanel panel = panels.findByAuditionId(auditionId).orElseThrow(() -> new UserError("jury.panel.empty"));
        panel.showOthersMarks(setting);
        return view(panels.saveAndFlush(panel));
    }

    /** An organiser (who may know the candidates) records a conflict; the juror loses access at once. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public void recordConflict(UUID auditionId, UUID applicationId, UUID jurorId, ConflictKind kind) {
        AuditionStatus status = auditions.details(auditionId).status();
        if (status == AuditionStatus.PUBLISHED || status == AuditionStatus.ARCHIVED) {
            throw new UserError("jury.results-published"); // the database would refuse it too
        }
        JuryPanel panel = panels.findByAuditionId(auditionId).orElseThrow(() -> new UserError("jury.panel.empty"));
        if (!panel.seats(jurorId)) {
            throw new UserError("jury.panel.not-a-member");
        }
        UUID me = accounts.current().orElseThrow().id();
        conflicts.record(panel, applicationId, jurorId, kind, me);
    }

    /** Mails every juror who has not finished; returns how many were reminded. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public int remindJurorsBehind(UUID auditionId) {
        AuditionDetails audition = auditions.details(auditionId);
        JuryPanel panel = panels.findByAuditionId(auditionId)
                .filter(JuryPanel::scoringOpen)
                .orElseThrow(() -> new UserError("jury.scoring.closed"));
        Map<UUID, AccountSummary> accounts =
                jurorAccounts().stream().collect(Collectors.toMap(AccountSummary::id, a -> a));
        int reminded = 0;
        for (JurorProgress juror : progress(auditionId).jurors()) {
            AccountSummary account = accounts.get(juror.jurorId());
            if (account != null && panel.seats(juror.jurorId()) && juror.done() < juror.assigned()) {
                events.publishEvent(new JurorReminded(
                        auditionId,
                        account.email(),
                        account.displayName(),
                        account.language(),
                        audition.titleEn(),
                        audition.titleFr(),
                        juror.done(),
                        juror.assigned()));
                reminded++;
            }
        }
        return reminded;
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ConflictView> conflicts(UUID auditionId) {
        auditions.details(auditionId);
        return conflictRecords.findByAuditionId(auditionId).stream()
                .map(c -> new ConflictView(c.applicationId(), c.jurorId(), c.kind(), c.declaredBy(), c.declaredAt()))
                .toList();
    }

    /** Every change to a submitted mark of this audition, newest first: who, when, old, new, why. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<PanelMarkChange> markChanges(UUID auditionId) {
        auditions.details(auditionId);
        List<MarkChange> trail = changes.findByAuditionNewestFirst(auditionId);
        if (trail.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> codes =
                assignments
                        .findAllById(trail.stream()
                                .map(MarkChange::assignmentId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Assignment::id, Assignment::code));
        Map<UUID, String> names =
                jurorAccounts().stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        return trail.stream()
                .map(c -> new PanelMarkChange(
                        codes.getOrDefault(c.assignmentId(), "?"), names.getOrDefault(c.changedBy(), "?"), c.view()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public JuryProgress progress(UUID auditionId) {
        auditions.details(auditionId);
        JuryPanel panel = panels.findByAuditionId(auditionId).orElse(null);
        if (panel == null) {
            return new JuryProgress(List.of(), List.of());
        }
        Map<UUID, String> names =
                jurorAccounts().stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        Map<UUID, List<Assignment>> byJuror =
                assignments.findByAuditionId(auditionId).stream().collect(Collectors.groupingBy(Assignment::jurorId));
        List<JurorProgress> jurors = new ArrayList<>();
        for (var seat : panel.seats()) {
            List<Assignment> mine = byJuror.getOrDefault(seat.jurorId(), List.of());
            List<Assignment> present = mine.stream()
                    .filter(a -> a.state() != AssignmentState.CONFLICTED)
                    .toList();
            Severity severity = Severity.of(present.stream()
                    .flatMap(a -> a.marks().stream())
                    .map(Mark::value)
                    .toList());
            jurors.add(new JurorProgress(
                    seat.jurorId(),
                    names.getOrDefault(seat.jurorId(), "?"),
                    seat.jurorId().equals(panel.chairId()),
                    present.size(),
                    count(present, a -> a.state().done()),
                    count(present, a -> a.state() == AssignmentState.SKIPPED),
                    mine.size() - present.size(),
                    severity.count(),
                    severity.mean(),
                    severity.spread()));
        }
        Map<VoicePart, int[]> sections = new EnumMap<>(VoicePart.class);
        byJuror.values().stream()
                .flatMap(List::stream)
                .filter(a -> a.state() != AssignmentState.CONFLICTED)
                .forEach(a -> {
                    int[] counts = sections.computeIfAbsent(a.voicePart().section(), s -> new int[2]);
                    counts[0]++;
                    if (a.state().done()) {
                        counts[1]++;
                    }
                });
        List<SectionProgress> bySection = sections.entrySet().stream()
                .map(e -> new SectionProgress(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
        return new JuryProgress(jurors, bySection);
    }

    private static int count(List<Assignment> assignments, Function<Assignment, Boolean> test) {
        return (int) assignments.stream().filter(test::apply).count();
    }

    static PanelView view(JuryPanel panel) {
        return new PanelView(
                panel.auditionId(),
                panel.seats().stream().map(s -> s.jurorId()).toList(),
                panel.chairId(),
                panel.sharing(),
                panel.jurorsPerApplication(),
                panel.othersMarks(),
                panel.scoringStartedAt(),
                panel.scoringClosedAt());
    }
}
