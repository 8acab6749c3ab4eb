package org.auditio.jury.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.auditio.common.UserError;
import org.auditio.jury.OthersMarks;
import org.auditio.jury.Sharing;
import org.jspecify.annotations.Nullable;

/**
 * The jury of one audition. Composed by its organisers before scoring starts; once started, the
 * panel is fixed (its seats hold each juror's listening seed) until scoring closes.
 */
@Entity
@Table(name = "jury_panel")
public class JuryPanel {

    @Id
    private UUID id;

    private UUID auditionId;

    private UUID chairId;

    @Enumerated(EnumType.STRING)
    private Sharing sharing;

    private int jurorsPerApplication;

    @Enumerated(EnumType.STRING)
    private OthersMarks othersMarks;

    private String codePrefix;

    private @Nullable Instant scoringStartedAt;

    private @Nullable Instant scoringClosedAt;

    @ElementCollection
    @CollectionTable(name = "jury_seat", joinColumns = @JoinColumn(name = "panel_id"))
    private List<JurySeat> seats = new ArrayList<>();

    @Version
    private long version;

    protected JuryPanel() {
        this.id = UUID.randomUUID();
        this.auditionId = id;
        this.chairId = id;
        this.sharing = Sharing.EVERYONE;
        this.othersMarks = OthersMarks.AFTER_OWN_SUBMISSION;
        this.codePrefix = "";
    }

    public JuryPanel(UUID auditionId, String codePrefix) {
        this();
        this.auditionId = auditionId;
        this.codePrefix = codePrefix;
    }

    /** Who sits on the jury and how they share the work; refused once scoring has started. */
    public void compose(List<UUID> jurors, UUID chair, Sharing sharing, int perApplication, Random seeds) {
        if (scoringStartedAt != null) {
            throw new UserError("jury.panel.fixed");
        }
        List<UUID> distinct = jurors.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new UserError("jury.panel.empty");
        }
        if (!distinct.contains(chair)) {
            throw new UserError("jury.panel.chair-not-member");
        }
        if (sharing == Sharing.K_PER_APPLICATION && (perApplication < 1 || perApplication > distinct.size())) {
            throw new UserError("jury.panel.k-out-of-range", distinct.size());
        }
        List<JurySeat> kept = new ArrayList<>();
        for (UUID juror : distinct) {
            kept.add(seat(juror).orElseGet(() -> new JurySeat(juror, seeds.nextLong())));
        }
        this.seats = kept;
        this.chairId = chair;
        this.sharing = sharing;
        this.jurorsPerApplication = sharing == Sharing.EVERYONE ? distinct.size() : perApplication;
    }

    public void startScoring(Instant now) {
        if (seats.isEmpty()) {
            throw new UserError("jury.panel.empty");
        }
        if (scoringStartedAt == null) {
            scoringStartedAt = now;
        }
        scoringClosedAt = null;
    }

    public void closeScoring(Instant now) {
        if (scoringStartedAt == null) {
            throw new UserError("jury.scoring.not-started");
        }
        if (scoringClosedAt == null) {
            scoringClosedAt = now;
        }
    }

    /** Whether jurors see each other's marks once their own are in: may change at any time. */
    public void showOthersMarks(OthersMarks setting) {
        this.othersMarks = setting;
    }

    public OthersMarks othersMarks() {
        return othersMarks;
    }

    public boolean scoringOpen() {
        return scoringStartedAt != null && scoringClosedAt == null;
    }

    public boolean seats(UUID juror) {
        return seat(juror).isPresent();
    }

    public Optional<JurySeat> seat(UUID juror) {
        return seats.stream().filter(s -> s.jurorId().equals(juror)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public UUID auditionId() {
        return auditionId;
    }

    public UUID chairId() {
        return chairId;
    }

    public Sharing sharing() {
        return sharing;
    }

    public int jurorsPerApplication() {
        return jurorsPerApplication;
    }

    public String codePrefix() {
        return codePrefix;
    }

    public @Nullable Instant scoringStartedAt() {
        return scoringStartedAt;
    }

    public @Nullable Instant scoringClosedAt() {
        return scoringClosedAt;
    }

    public List<JurySeat> seats() {
        return List.copyOf(seats);
    }
}
