package org.auditio.jury;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.PieceSpec;
import org.auditio.candidates.AnonymousApplication;
import org.auditio.candidates.SubmittedForJury;
import org.auditio.common.UserError;
import org.auditio.jury.domain.Assignment;
import org.auditio.jury.domain.AssignmentRepository;
import org.auditio.jury.domain.JuryPanelRepository;
import org.auditio.jury.domain.Mark;
import org.auditio.jury.domain.MarkChange;
import org.auditio.jury.domain.MarkChangeRepository;
import org.auditio.jury.domain.TimedNoteRepository;
import org.auditio.jury.internal.Conflicts;
import org.auditio.jury.internal.JurorDesk;
import org.auditio.jury.internal.JurorDesk.Seat;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A juror's work: their queue in their own listening order, one candidate at a time by anonymous
 * code, marks saved as they go, submission, skip, abstention, notes and conflicts. Every query
 * names the juror; a code outside their queue is "not found".
 */
@Service
public class JuryWork {

    private final JurorDesk desk;
    private final JuryPanelRepository panels;
    private final AssignmentRepository assignments;
    private final MarkChangeRepository changes;
    private final TimedNoteRepository notes;
    private final SubmittedForJury submitted;
    private final AuditionCatalogue catalogue;
    private final Conflicts conflicts;
    private final Clock clock;

    JuryWork(
            JurorDesk desk,
            JuryPanelRepository panels,
            AssignmentRepository assignments,
            MarkChangeRepository changes,
            TimedNoteRepository notes,
            SubmittedForJury submitted,
            AuditionCatalogue catalogue,
            Conflicts conflicts,
            Clock clock) {
        this.desk = desk;
        this.panels = panels;
        this.assignments = assignments;
        this.changes = changes;
        this.notes = notes;
        this.submitted = submitted;
        this.catalogue = catalogue;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    /** The jury of that audition, if the current juror sits on it and scoring has started. */
    @PreAuthorize("hasRole('JUROR')")
    @Transactional(readOnly = true)
    public Optional<MyPanel> myPanel(UUID auditionId) {
        return myPanels().stream()
                .filter(panel -> panel.auditionId().equals(auditionId))
                .findFirst();
    }

    /** The juries the current juror sits on, once scoring has started. */
    @PreAuthorize("hasRole('JUROR')")
    @Transactional(readOnly = true)
    public List<MyPanel> myPanels() {
        UUID me = desk.me();
        List<MyPanel> mine = new ArrayList<>();
        for (var panel : panels.findSeating(me)) {
            if (panel.scoringStartedAt() == null) {
                continue;
            }
            catalogue.call(panel.auditionId()).ifPresent(audition -> {
                List<Assignment> queue = assignments.findQueue(panel.auditionId(), me);
                mine.add(new MyPanel(
                        audition.id(),
                        audition.titleEn(),
                        audition.titleFr(),
                        audition.status(),
                        panel.scoringOpen(),
                        queue.size(),
                        (int) queue.stream().filter(a -> a.state().done()).count()));
            });
        }
        return mine;
    }

    @PreAuthorize("hasRole('JUROR')")
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(UUID auditionId) {
        Seat seat = desk.seat(auditionId);
        return assignments.findQueue(auditionId, seat.jurorId()).stream()
                .map(a -> new QueueEntry(a.listeningRank(), a.code(), a.voicePart(), a.state()))
                .toList();
    }

    @PreAuthorize("hasRole('JUROR')")
    @Transactional(readOnly = true)
    public ScoreSheet open(UUID auditionId, String code) {
        Seat seat = desk.seat(auditionId);
        return sheet(seat, desk.assignment(seat, code));
    }

    /**
     * Saves one mark (null clears nothing: it is refused). {@code seenVersion} is the version of
     * the mark the screen showed; {@code reason} is needed once the candidate's marks were submitted.
     */
    @PreAuthorize("hasRole('JUROR')")
    @Transactional
    public ScoreSheet.CriterionMark mark(
            UUID auditionId,
            String code,
            UUID criterionId,
            @Nullable BigDecimal value,
            @Nullable Long seenVersion,
            @Nullable String reason) {
        Seat seat = desk.workingSeat(auditionId);
        Assignment assignment = desk.assignment(seat, code);
        CriterionSpec criterion = seat.audition().criteria().stream()
                .filter(c -> criterionId.equals(c.id()))
                .findFirst()
                .orElseThrow(() -> new UserError("jury.criterion.not-found"));
        if (value == null) {
            throw new UserError("jury.mark.required");
        }
        assignment.mark(criterion, value, seenVersion, reason, clock.instant()).ifPresent(changes::save);
        Assignment saved = saveNow(assignment);
        Mark mark = saved.markFor(criterionId).orElseThrow();
        return new ScoreSheet.CriterionMark(criterion, mark.value(), mark.version());
    }

    @PreAuthorize("hasRole('JUROR')")
    @Transactional
    public void comment(UUID auditionId, String code, String seen, String text) {
        Seat seat = desk.workingSeat(auditionId);
        desk.assignment(seat, code).comment(seen, text);
    }

    @PreAuthorize("hasRole('JUROR')")
    @Transactional
    public ScoreSheet.NoteView note(UUID auditionId, String code, int slotPosition, int atSeconds, String text) {
        Seat seat = desk.workingSeat(auditionId);
        var note = notes.save(desk.assignment(seat, code).note(slotPosition, atSeconds, text, clock.instant()));
        return new ScoreSheet.NoteView(note.id(), note.slotPosition(), note.atSeconds(), note.text());
    }

    /** "My scores for this candidate are final." */
    @PreAuthorize("hasRole('JUROR')")
    @Transactional
    public ScoreSheet submit(UUID auditionId, String code) {
        Seat seat = desk.workingSeat(auditionId);
        Assignment assignment = desk.assignment(seat, code);
        assignment.submit(seat.audition().criteria(), clock.instant());
        return sheet(seat, assignments.saveAndFlush(assignment));
    }

    @PreAuthorize("hasRole('JUROR')")
    @Transactional
    public void skip(UUID auditionId, String code) {
        Seat seat = desk.workingSeat(auditionId);
        desk.assignment(seat, code).skip(assignments.lastRank(auditionId, seat.jurorId()) + 1);
    }

    @PreAuthorize("hasRole('JUROR')")
    @Transactional
    public void abstain(UUID auditionId, String code, String reason) {
        Seat seat = desk.workingSeat(auditionId);
        desk.assignment(seat, code).abstain(reason, clock.instant());
    }

    /** The juror recognises this candidate: the candidate leaves their queue for good. */
    @PreAuthorize("hasRole('JUROR')")
    @Transactional
    public void declareConflict(UUID auditionId, String code, ConflictKind kind) {
        Seat seat = desk.workingSeat(auditionId);
        Assignment assignment = desk.assignment(seat, code);
        conflicts.record(seat.panel(), assignment.applicationId(), seat.jurorId(), kind, seat.jurorId());
    }

    /** The juror's own marks, in their listening order, to check their consistency. */
    @PreAuthorize("hasRole('JUROR')")
    @Transactional(readOnly = true)
    public List<MyMarkRow> myMarks(UUID auditionId) {
        Seat seat = desk.seat(auditionId);
        List<CriterionSpec> rubric = seat.audition().criteria();
        return assignments.findQueue(auditionId, seat.jurorId()).stream()
                .map(a -> new MyMarkRow(
                        a.listeningRank(), a.code(), a.voicePart(), a.state(), marks(a), weightedTotal(a, rubric)))
                .toList();
    }

    /**
     * The other jurors' marks for a candidate: only once the asking juror has submitted or abstained,
     * and never where the organisers chose so.
     */
    @PreAuthorize("hasRole('JUROR')")
    @Transactional(readOnly = true)
    public List<OtherJurorMarks> othersMarks(UUID auditionId, String code) {
        Seat seat = desk.seat(auditionId);
        Assignment mine = desk.assignment(seat, code);
        if (!mayShowOthers(seat, mine)) {
            throw new UserError("jury.others.hidden");
        }
        List<UUID> seats = seat.panel().seats().stream().map(s -> s.jurorId()).toList();
        return assignments.findByAuditionIdAndApplicationId(auditionId, mine.applicationId()).stream()
                .filter(a -> !a.jurorId().equals(seat.jurorId()))
                .filter(a -> a.state().done())
                .map(a -> new OtherJurorMarks(seats.indexOf(a.jurorId()) + 1, a.state(), marks(a)))
                .toList();
    }

    /** Whether the screen may offer the other jurors' marks for this candidate. */
    @PreAuthorize("hasRole('JUROR')")
    @Transactional(readOnly = true)
    public boolean othersMarksShown(UUID auditionId, String code) {
        Seat seat = desk.seat(auditionId);
        return mayShowOthers(seat, desk.assignment(seat, code));
    }

    private static boolean mayShowOthers(Seat seat, Assignment mine) {
        return mine.state().done() && seat.panel().othersMarks() == OthersMarks.AFTER_OWN_SUBMISSION;
    }

    /** The audit trail of this juror's changes to a submitted candidate. */
    @PreAuthorize("hasRole('JUROR')")
    @Transactional(readOnly = true)
    public List<MarkChangeView> changes(UUID auditionId, String code) {
        Seat seat = desk.seat(auditionId);
        return changes
                .findByAssignmentIdOrderByChangedAt(desk.assignment(seat, code).id())
                .stream()
                .map(MarkChange::view)
                .toList();
    }

    /**
     * Two tabs saving the same candidate at the same instant: one wins, the other is told, never
     * silently lost. The assignment is already managed: flushing writes it (a save would merge, and
     * look each new mark up first).
     */
    private Assignment saveNow(Assignment assignment) {
        try {
            assignments.flush();
            return assignment;
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
            throw new UserError("jury.mark.concurrent");
        }
    }

    private ScoreSheet sheet(Seat seat, Assignment assignment) {
        AuditionDetails audition = seat.audition();
        AnonymousApplication application = submitted
                .one(audition.id(), assignment.applicationId())
                .orElseThrow(() -> new UserError("jury.candidate.not-found"));
        List<ScoreSheet.SlotToHear> slots = new ArrayList<>();
        for (AnonymousApplication.AnonymousSlot slot : application.slots()) {
            audition.pieces().stream()
                    .filter(p -> slot.pieceId().equals(p.id()))
                    .findFirst()
                    .ifPresent(piece -> slots.add(slot(slot, piece)));
        }
        List<ScoreSheet.CriterionMark> rubric = audition.criteria().stream()
                .map(c -> assignment
                        .markFor(c.id() == null ? new UUID(0, 0) : c.id())
                        .map(m -> new ScoreSheet.CriterionMark(c, m.value(), m.version()))
                        .orElseGet(() -> new ScoreSheet.CriterionMark(c, null, null)))
                .toList();
        List<ScoreSheet.NoteView> taken =
                notes.findByAssignmentIdOrderBySlotPositionAscAtSecondsAsc(assignment.id()).stream()
                        .map(n -> new ScoreSheet.NoteView(n.id(), n.slotPosition(), n.atSeconds(), n.text()))
                        .toList();
        return new ScoreSheet(
                assignment.listeningRank(),
                assignment.code(),
                assignment.voicePart(),
                assignment.state(),
                slots,
                rubric,
                assignment.overallComment(),
                taken,
                assignment.abstainReason());
    }

    private static ScoreSheet.SlotToHear slot(AnonymousApplication.AnonymousSlot slot, PieceSpec piece) {
        return new ScoreSheet.SlotToHear(
                slot.position(), piece.nameEn(), piece.nameFr(), piece.maxDuration(), slot.recordingId());
    }

    private static Map<UUID, BigDecimal> marks(Assignment assignment) {
        Map<UUID, BigDecimal> marks = new LinkedHashMap<>();
        assignment.marks().forEach(m -> marks.put(m.criterionId(), m.value()));
        return marks;
    }

    /** Σ weight × mark / Σ weight over the marked criteria; nothing before every criterion is marked. */
    private static @Nullable BigDecimal weightedTotal(Assignment assignment, List<CriterionSpec> rubric) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (CriterionSpec criterion : rubric) {
            var mark = assignment.markFor(criterion.id() == null ? new UUID(0, 0) : criterion.id());
            if (mark.isEmpty()) {
                return null;
            }
            sum = sum.add(mark.get().value().multiply(criterion.weight()));
            weights = weights.add(criterion.weight());
        }
        return weights.signum() == 0 ? null : sum.divide(weights, 2, RoundingMode.HALF_UP);
    }
}
