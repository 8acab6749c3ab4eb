package org.auditio.candidates.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One required piece of an application. It holds at most one current recording (an id owned by
 * the media module); attaching another moves the previous one to {@code replaced}, which nothing
 * offered to the jury ever reads.
 */
@Entity
@Table(name = "recording_slot")
public class RecordingSlot {

    @Id
    private UUID id;

    private UUID pieceId;

    private int position;

    private boolean mandatory;

    private @Nullable UUID currentRecordingId;

    private @Nullable Instant attachedAt;

    @ElementCollection
    @CollectionTable(name = "recording_slot_replaced", joinColumns = @JoinColumn(name = "slot_id"))
    private Set<ReplacedRecording> replaced = new HashSet<>();

    protected RecordingSlot() {
        this.id = UUID.randomUUID();
        this.pieceId = id;
    }

    RecordingSlot(UUID pieceId, int position, boolean mandatory) {
        this.id = UUID.randomUUID();
        this.pieceId = pieceId;
        this.position = position;
        this.mandatory = mandatory;
    }

    void attach(UUID recordingId, Instant now) {
        if (recordingId.equals(currentRecordingId)) {
            return;
        }
        if (currentRecordingId != null) {
            replaced.add(new ReplacedRecording(currentRecordingId, now));
        }
        currentRecordingId = recordingId;
        attachedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID pieceId() {
        return pieceId;
    }

    public int position() {
        return position;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public boolean filled() {
        return currentRecordingId != null;
    }

    public Optional<UUID> currentRecording() {
        return Optional.ofNullable(currentRecordingId);
    }

    public @Nullable Instant attachedAt() {
        return attachedAt;
    }

    public Set<ReplacedRecording> replaced() {
        return Set.copyOf(replaced);
    }
}
