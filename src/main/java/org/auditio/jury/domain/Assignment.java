package org.auditio.jury.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.VoicePart;
import org.auditio.common.UserError;
import org.auditio.jury.AssignmentState;
import org.jspecify.annotations.Nullable;

/**
 * One juror's work on one application, at its place in that juror's listening order: the marks
 * (drafts until submitted), the overall comment, and whether they skipped, abstained or were
 * found conflicted. After submission a mark changes only with a reason, and the change is kept.
 * A submitted assignment keeps its weighted score (Σ weight × mark and Σ weight over the rubric) so
 * that ranking a large call reads one row per assignment rather than every mark.
 */
@Entity
@Table(name = "jury_assignment")
public class Assignment {

    public static final int MAX_REASON = 1000;
    public static final int MAX_COMMENT = 4000;

    @Id
    private UUID id;

    private UUID auditionId;
    private UUID jurorId;
    private UUID applicationId;
    private String code;

    @Enumerated(EnumType.STRING)
    private VoicePart voicePart;

    private int listeningRank;

    @Enumerated(EnumType.STRING)
    private AssignmentState state;

    private @Nullable String abstainReason;
    private String overallComment;
    private @Nullable Instant submittedAt;

    /** Set while submitted, null otherwise (a database check holds it). */
    private @Nullable BigDecimal weightedSum;

    private @Nullable BigDecimal weightSum;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private List<Mark> marks = new ArrayList<>();

    /** Null until first saved: the repository then inserts without first looking the row up. */
    @Version
    private @Nullable Long version;

    protected Assignment() {
        this.id = UUID.randomUUID();
        this.auditionId = id;
        this.jurorId = id;
        this.applicationId = id;
        this.code = "";
        this.voicePart = VoicePart.S;
        this.state = AssignmentState.TO_SCORE;
        this.overallComment = "";
    }

    public Assignment(UUID auditionId, UUID jurorId, JuryCode code, int listeningRank) {
        this();
        this.auditionId = auditionId;
        this.jurorId = jurorId;
        this.applicationId = code.applicationId();
        this.code = code.code();
        this.voicePart = code.voicePart();
        this.listeningRank = listeningRank;
    }

    /**
     * Sets a mark. {@code seenVersion} is the version the juror's screen showed (null: it showed no
     * mark); another tab's newer mark is refused with both values. Returns the audit entry where the
     * application was already submitted.
     */
    public Optional<MarkChange> mark(
            CriterionSpec criterion,
            BigDecimal value,
            @Nullable Long seenVersion,
            @Nullable String reason,
            Instant now) {
        requireScorable();
        UUID criterionId = requireId(criterion);
        BigDecimal checked = Scale.check(criterion, value);
        Optional<Mark> existing = markFor(criterionId);
        if (existing.isPresent() && (seenVersion == null || existing.get().version() != seenVersion)) {
            // Numbers, not text: the message writes them in the juror's language (7,5 in French).
            throw new UserError("jury.mark.stale", existing.get().value(), checked);
        }
        if (existing.isEmpty() && seenVersion != null) {
            throw new UserError("jury.mark.stale", "—", checked);
        }
        BigDecimal old = existing.map(Mark::value).orElse(null);
        if (old != null && old.compareTo(checked) == 0) {
            return Optional.empty();
        }
        Optional<MarkChange> audit = Optional.empty();
        if (state == AssignmentState.SUBMITTED) {
            String why = requireReason(reason);
            audit = Optional.of(new MarkChange(id, criterionId, jurorId, now, old, checked, why));
            weigh(criterion, old, checked);
        }
        existing.ifPresentOrElse(m -> m.change(checked, now), () -> marks.add(new Mark(criterionId, checked, now)));
        if (state == AssignmentState.SKIPPED) {
            state = AssignmentState.TO_SCORE;
        }
        return audit;
    }

    /**
     * Replaces the overall comment. {@code seen} is the comment the juror's screen showed: one
     * changed meanwhile in another tab is refused with the stored text, never overwritten unseen.
     */
    public void comment(String seen, String text) {
        requireScorable();
        if (!overallComment.equals(seen.strip())) {
            throw new UserError("jury.comment.stale", overallComment);
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_COMMENT) {
            throw new UserError("field.too-long", MAX_COMMENT);
        }
        overallComment = trimmed;
    }

    public TimedNote note(int slotPosition, int atSeconds, String text, Instant now) {
        requireScorable();
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new UserError("jury.note.empty");
        }
        if (trimmed.length() > TimedNote.MAX_TEXT) {
            throw new UserError("field.too-long", TimedNote.MAX_TEXT);
        }
        return new TimedNote(id, slotPosition, Math.max(0, atSeconds), trimmed, now);
    }

    /** "My scores for this candidate are final": every criterion must have a mark. */
    public void submit(Collection<CriterionSpec> rubric, Instant now) {
        requireScorable();
        if (state == AssignmentState.SUBMITTED) {
            return;
        }
        long missing =
                rubric.stream().filter(c -> markFor(requireId(c)).isEmpty()).count();
        if (missing > 0) {
            throw new UserError("jury.submit.incomplete", missing);
        }
        state = AssignmentState.SUBMITTED;
        submittedAt = now;
        abstainReason = null;
        weightedSum = BigDecimal.ZERO;
        weightSum = BigDecimal.ZERO;
        for (CriterionSpec criterion : rubric) {
            weigh(criterion, null, markFor(requireId(criterion)).orElseThrow().value());
        }
    }

    /** Moves the stored score from {@code old} (null: no mark yet) to {@code value} on that criterion. */
    private void weigh(CriterionSpec criterion, @Nullable BigDecimal old, BigDecimal value) {
        BigDecimal sum = weightedSum == null ? BigDecimal.ZERO : weightedSum;
        BigDecimal weights = weightSum == null ? BigDecimal.ZERO : weightSum;
        weightedSum = sum.add(criterion.weight().multiply(old == null ? value : value.subtract(old)));
        weightSum = old == null ? weights.add(criterion.weight()) : weights;
    }

    /**
     * Later: the candidate goes to the end of the juror's queue ({@code endOfQueue}, a rank after
     * every other) and waits there. The original order stays known from the juror's seed.
     */
    public void skip(int endOfQueue) {
        requireScorable();
        if (state == AssignmentState.TO_SCORE || state == AssignmentState.SKIPPED) {
            state = AssignmentState.SKIPPED;
            listeningRank = endOfQueue;
        }
    }

    public void abstain(String reason, Instant now) {
        requireScorable();
        if (state == AssignmentState.SUBMITTED) {
            throw new UserError("jury.abstain.already-submitted");
        }
        abstainReason = requireReason(reason);
        state = AssignmentState.ABSTAINED;
        submittedAt = now;
        marks.clear();
    }

    /** The juror knows this candidate: out of their reach and counted as absent. */
    public void conflict() {
        state = AssignmentState.CONFLICTED;
        marks.clear();
        submittedAt = null;
        weightedSum = null;
        weightSum = null;
    }

    private void requireScorable() {
        if (state == AssignmentState.CONFLICTED) {
            throw new UserError("jury.candidate.not-found");
        }
        if (state == AssignmentState.ABSTAINED) {
            throw new UserError("jury.abstained");
        }
    }

    private static String requireReason(@Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new UserError("jury.reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw new UserError("field.too-long", MAX_REASON);
        }
        return why;
    }

    private static UUID requireId(CriterionSpec criterion) {
        UUID id = criterion.id();
        if (id == null) {
            throw new IllegalArgumentException("A saved criterion has an id");
        }
        return id;
    }

    public Optional<Mark> markFor(UUID criterionId) {
        return marks.stream().filter(m -> m.criterionId().equals(criterionId)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public UUID auditionId() {
        return auditionId;
    }

    public UUID jurorId() {
        return jurorId;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String code() {
        return code;
    }

    public VoicePart voicePart() {
        return voicePart;
    }

    public int listeningRank() {
        return listeningRank;
    }

    public AssignmentState state() {
        return state;
    }

    public @Nullable String abstainReason() {
        return abstainReason;
    }

    public String overallComment() {
        return overallComment;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    /** The weighted rubric score (Σ weight × mark / Σ weight) once submitted. */
    public Optional<BigDecimal> score() {
        if (weightedSum == null || weightSum == null || weightSum.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(weightedSum.divide(weightSum, MathContext.DECIMAL64));
    }

    public List<Mark> marks() {
        return List.copyOf(marks);
    }
}
