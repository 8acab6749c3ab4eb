package org.auditio.candidates.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.auditio.auditions.PieceSpec;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ApplicationStatus;
import org.auditio.candidates.Outcome;
import org.auditio.common.UserError;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's application to one audition: the voice part chosen, one recording slot per
 * required piece in the audition's order, and what the candidate did with it. Every change
 * takes the candidate's deadline (the audition's, or a later one granted to them) and the time.
 */
@Entity
@Table(name = "application")
public class Application {

    public static final int MAX_REASON = 1000;

    @Id
    private UUID id;

    private UUID auditionId;

    private UUID candidateId;

    @Enumerated(EnumType.STRING)
    private VoicePart voicePart;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private Instant createdAt;
    private @Nullable Instant submittedAt;
    private @Nullable Instant withdrawnAt;
    private int submissions;

    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;

    private @Nullable Integer reservePosition;
    private @Nullable Instant outcomeAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("position")
    private List<RecordingSlot> slots = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_deadline_extension", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<DeadlineExtension> extensions = new ArrayList<>();

    @Version
    private long version;

    protected Application() {
        this.id = UUID.randomUUID();
        this.auditionId = id;
        this.candidateId = id;
        this.voicePart = VoicePart.S;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
    }

    /** A draft with an empty slot for each required piece, in order. */
    public Application(UUID auditionId, UUID candidateId, VoicePart voicePart, List<PieceSpec> pieces, Instant now) {
        this.id = UUID.randomUUID();
        this.auditionId = auditionId;
        this.candidateId = candidateId;
        this.voicePart = voicePart;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = now;
        for (int position = 0; position < pieces.size(); position++) {
            PieceSpec piece = pieces.get(position);
            if (piece.id() == null) {
                throw new IllegalArgumentException("A saved piece has an id");
            }
            slots.add(new RecordingSlot(piece.id(), position, piece.mandatory()));
        }
    }

    /** The audition's deadline, or the latest one granted to this candidate if later. */
    public Instant deadline(Instant auditionDeadline) {
        Instant deadline = auditionDeadline;
        for (DeadlineExtension extension : extensions) {
            if (extension.until().isAfter(deadline)) {
                deadline = extension.until();
            }
        }
        return deadline;
    }

    public boolean editable() {
        return status != ApplicationStatus.SUBMITTED;
    }

    public void chooseVoicePart(VoicePart part, Instant deadline, Instant now) {
        requireEditable(deadline, now);
        voicePart = part;
    }

    /** Makes the recording the slot's current one; the one it replaces stays out of review. */
    public void attachRecording(UUID slotId, UUID recordingId, Instant deadline, Instant now) {
        requireEditable(deadline, now);
        slots.stream()
                .filter(slot -> slot.id().equals(slotId))
                .findFirst()
                .orElseThrow(() -> new UserError("application.slot-not-found"))
                .attach(recordingId, now);
    }

    public List<RecordingSlot> missingMandatory() {
        return slots.stream().filter(slot -> slot.mandatory() && !slot.filled()).toList();
    }

    /** Sends the application: only before the deadline and with every mandatory slot filled. */
    public void submit(Instant deadline, Instant now) {
        requireEditable(deadline, now);
        if (!missingMandatory().isEmpty()) {
            throw new UserError(
                    "application.mandatory-missing", missingMandatory().size());
        }
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        withdrawnAt = null;
        submissions++;
    }

    /** Takes a submitted application back before the deadline; it may then change and be sent again. */
    public void withdraw(Instant deadline, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new UserError("application.not-submitted");
        }
        requireBefore(deadline, now);
        status = ApplicationStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    public void grantExtension(Instant until, String reason, UUID grantedBy, Instant now) {
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new UserError("extension.reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw new UserError("field.too-long", MAX_REASON);
        }
        if (!until.isAfter(now)) {
            throw new UserError("extension.not-in-future");
        }
        extensions.add(new DeadlineExtension(until, why, grantedBy, now));
    }

    /** The published result, told once: a submitted application only, a reserve with its position. */
    public void announce(Outcome result, @Nullable Integer position, Instant now) {
        if (status != ApplicationStatus.SUBMITTED || outcome != null) {
            throw new IllegalStateException("Outcome of " + id + " already told or not submitted");
        }
        if ((result == Outcome.RESERVE) != (position != null)) {
            throw new IllegalArgumentException("A reserve position belongs to the reserve only");
        }
        outcome = result;
        reservePosition = position;
        outcomeAt = now;
    }

    public @Nullable Outcome outcome() {
        return outcome;
    }

    public @Nullable Integer reservePosition() {
        return reservePosition;
    }

    /** What the candidate quotes about a submission: the application and how many times it was sent. */
    public String receipt() {
        return id.toString().substring(0, 8).toUpperCase(Locale.ROOT) + "-" + Math.max(1, submissions);
    }

    private void requireEditable(Instant deadline, Instant now) {
        if (!editable()) {
            throw new UserError("application.read-only");
        }
        requireBefore(deadline, now);
    }

    private static void requireBefore(Instant deadline, Instant now) {
        if (!now.isBefore(deadline)) {
            throw new UserError("application.deadline-passed");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID auditionId() {
        return auditionId;
    }

    public UUID candidateId() {
        return candidateId;
    }

    public VoicePart voicePart() {
        return voicePart;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }

    public List<RecordingSlot> slots() {
        return List.copyOf(slots);
    }

    public List<DeadlineExtension> extensions() {
        return List.copyOf(extensions);
    }
}
