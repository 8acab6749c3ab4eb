package org.auditio.auditions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.util.UUID;
import org.auditio.auditions.AcceptedMedia;
import org.auditio.auditions.PieceSpec;
import org.auditio.common.UserError;

/** One required piece of an audition; applications refer to it by its id. */
@Embeddable
class RequiredPiece {

    static final Duration LONGEST = Duration.ofMinutes(30);
    static final int MAX_NAME = 200;
    static final int MAX_INSTRUCTIONS = 2000;

    @Column(name = "piece_id")
    private UUID id;

    private String nameEn;
    private String nameFr;
    private String instructionsEn;
    private String instructionsFr;

    @Enumerated(EnumType.STRING)
    private AcceptedMedia accepts;

    private int maxDurationSeconds;

    private boolean mandatory;

    private int minDurationSeconds;

    protected RequiredPiece() {
        this.id = UUID.randomUUID();
        this.nameEn = "";
        this.nameFr = "";
        this.instructionsEn = "";
        this.instructionsFr = "";
        this.accepts = AcceptedMedia.EITHER;
    }

    RequiredPiece(PieceSpec spec) {
        this.id = spec.id() == null ? UUID.randomUUID() : spec.id();
        this.nameEn = Texts.required(spec.nameEn(), MAX_NAME, "audition.pieces.name-required");
        this.nameFr = Texts.required(spec.nameFr(), MAX_NAME, "audition.pieces.name-required");
        this.instructionsEn = Texts.optional(spec.instructionsEn(), MAX_INSTRUCTIONS);
        this.instructionsFr = Texts.optional(spec.instructionsFr(), MAX_INSTRUCTIONS);
        this.accepts = spec.accepts();
        Duration duration = spec.maxDuration();
        if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0) {
            throw new UserError("audition.pieces.duration-invalid", LONGEST.toMinutes());
        }
        this.maxDurationSeconds = (int) duration.toSeconds();
        this.mandatory = spec.mandatory();
        Duration shortest = spec.minDuration();
        if (shortest.isNegative() || (!shortest.isZero() && shortest.compareTo(duration) >= 0)) {
            throw new UserError("audition.pieces.min-duration-invalid");
        }
        this.minDurationSeconds = (int) shortest.toSeconds();
    }

    UUID id() {
        return id;
    }

    PieceSpec spec() {
        return new PieceSpec(
                id,
                nameEn,
                nameFr,
                instructionsEn,
                instructionsFr,
                accepts,
                Duration.ofSeconds(maxDurationSeconds),
                mandatory,
                Duration.ofSeconds(minDurationSeconds));
    }
}
