package org.auditio.jury.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A note taken while listening ("1:23 intonation drops"), at a position in one slot's recording. */
@Entity
@Table(name = "jury_note")
public class TimedNote {

    public static final int MAX_TEXT = 1000;

    @Id
    private UUID id;

    private UUID assignmentId;
    private int slotPosition;
    private int atSeconds;
    private String text;
    private Instant takenAt;

    protected TimedNote() {
        this.id = UUID.randomUUID();
        this.assignmentId = id;
        this.text = "";
        this.takenAt = Instant.EPOCH;
    }

    TimedNote(UUID assignmentId, int slotPosition, int atSeconds, String text, Instant takenAt) {
        this.id = UUID.randomUUID();
        this.assignmentId = assignmentId;
        this.slotPosition = slotPosition;
        this.atSeconds = atSeconds;
        this.text = text;
        this.takenAt = takenAt;
    }

    public UUID id() {
        return id;
    }

    public int slotPosition() {
        return slotPosition;
    }

    public int atSeconds() {
        return atSeconds;
    }

    public String text() {
        return text;
    }

    public Instant takenAt() {
        return takenAt;
    }
}
