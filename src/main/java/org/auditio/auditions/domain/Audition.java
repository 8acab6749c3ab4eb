package org.auditio.auditions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionDescription;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.AuditionSummary;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.EligibilityRules;
import org.auditio.auditions.PieceSpec;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.common.UserError;
import org.jspecify.annotations.Nullable;

/**
 * An audition: the call (texts, window, eligibility), what it offers (voice parts and places),
 * what it asks for (pieces) and how it will be judged (rubric), moved through its lifecycle by the
 * named methods below. What applications depend on (window, eligibility, pieces, rubric, the list
 * of voice parts) is frozen once the call is open; the deadline may only move later.
 */
@Entity
@Table(name = "audition")
public class Audition {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_PLACE = 200;
    static final int MAX_ITEMS = 20;

    @Id
    private UUID id;

    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    private AuditionStatus status;

    private String titleEn;
    private String titleFr;
    private String descriptionEn;
    private String descriptionFr;
    private String place;
    private @Nullable LocalDate eventStart;
    private @Nullable LocalDate eventEnd;

    private @Nullable Instant opensAt;
    private @Nullable Instant closesAt;
    private String timeZone;

    private @Nullable Integer minAge;
    private @Nullable Integer maxAge;
    private @Nullable LocalDate ageReferenceDate;

    @ElementCollection
    @CollectionTable(name = "audition_country", joinColumns = @JoinColumn(name = "audition_id"))
    @Column(name = "country")
    private Set<String> countries = new HashSet<>();

    private boolean blindReview;

    @ElementCollection
    @CollectionTable(name = "audition_voice_part", joinColumns = @JoinColumn(name = "audition_id"))
    @OrderColumn(name = "position")
    private List<VoicePartPlaces> voiceParts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "audition_piece", joinColumns = @JoinColumn(name = "audition_id"))
    @OrderColumn(name = "position")
    private List<RequiredPiece> pieces = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "audition_criterion", joinColumns = @JoinColumn(name = "audition_id"))
    @OrderColumn(name = "position")
    private List<RubricCriterion> criteria = new ArrayList<>();

    private Instant createdAt;
    private @Nullable Instant openedAt;
    private @Nullable Instant closedAt;
    private @Nullable Instant reviewStartedAt;
    private @Nullable Instant publishedAt;
    private @Nullable Instant archivedAt;

    @Version
    private long version;

    protected Audition() {
        this.id = UUID.randomUUID();
        this.organisationId = id;
        this.status = AuditionStatus.DRAFT;
        this.titleEn = "";
        this.titleFr = "";
        this.descriptionEn = "";
        this.descriptionFr = "";
        this.place = "";
        this.timeZone = "UTC";
        this.createdAt = Instant.EPOCH;
    }

    /** A new draft, owned by an organisation, whose times will be written in the given zone. */
    public Audition(UUID id, UUID organisationId, String titleEn, String titleFr, ZoneId zone, Instant now) {
        this.id = id;
        this.organisationId = organisationId;
        this.status = AuditionStatus.DRAFT;
        this.titleEn = Texts.required(titleEn, MAX_TITLE, "audition.title.required");
        this.titleFr = Texts.required(titleFr, MAX_TITLE, "audition.title.required");
        this.descriptionEn = "";
        this.descriptionFr = "";
        this.place = "";
        this.timeZone = zone.getId();
        this.createdAt = now;
    }

    /** Texts, place and dates of the event, blind review: open to changes until the results are out. */
    public void describe(AuditionDescription description) {
        requireNot(EnumSet.of(AuditionStatus.PUBLISHED, AuditionStatus.ARCHIVED), "audition.locked");
        if (description.blindReview() != blindReview && status == AuditionStatus.IN_REVIEW) {
            throw new UserError("audition.blind.frozen");
        }
        LocalDate start = description.eventStart();
        LocalDate end = description.eventEnd();
        if (start != null && end != null && end.isBefore(start)) {
            throw new UserError("audition.event.dates-reversed");
        }
        this.titleEn = Texts.required(description.titleEn(), MAX_TITLE, "audition.title.required");
        this.titleFr = Texts.required(description.titleFr(), MAX_TITLE, "audition.title.required");
        this.descriptionEn = Texts.optional(description.descriptionEn(), MAX_DESCRIPTION);
        this.descriptionFr = Texts.optional(description.descriptionFr(), MAX_DESCRIPTION);
        this.place = Texts.optional(description.place(), MAX_PLACE);
        this.eventStart = start;
        this.eventEnd = end;
        this.blindReview = description.blindReview();
    }

    public void schedule(ApplicationWindow window) {
        requireDraft("audition.window.frozen");
        this.opensAt = window.opensAt();
        this.closesAt = window.closesAt();
        this.timeZone = window.zone().getId();
    }

    public void restrict(EligibilityRules rules) {
        requireDraft("audition.eligibility.frozen");
        rules.validated();
        this.minAge = rules.minAge();
        this.maxAge = rules.maxAge();
        this.ageReferenceDate = rules.referenceDate();
        this.countries.clear();
        this.countries.addAll(rules.countries());
    }

    /**
     * The voice parts offered. Once open, the list stays as candidates saw it; only the places and
     * reserve sizes may still change, until the results are published.
     */
    public void offer(List<VoicePartQuota> parts) {
        requireNot(EnumSet.of(AuditionStatus.PUBLISHED, AuditionStatus.ARCHIVED), "audition.locked");
        List<VoicePart> offered = parts.stream().map(VoicePartQuota::part).toList();
        if (status != AuditionStatus.DRAFT && !offered.equals(offeredParts())) {
            throw new UserError("audition.voice-parts.frozen");
        }
        if (parts.size() > VoicePart.values().length || new HashSet<>(offered).size() != offered.size()) {
            throw new UserError("audition.voice-parts.duplicate");
        }
        for (VoicePart part : offered) {
            if (part.isDivision() && offered.contains(part.section())) {
                throw new UserError(
                        "audition.voice-parts.overlap", part.section().name(), part.name());
            }
        }
        List<VoicePartPlaces> replacement =
                parts.stream().map(VoicePartPlaces::new).toList();
        voiceParts.clear();
        voiceParts.addAll(replacement);
    }

    /** The required pieces, in the order candidates record them. Pieces keep their ids across edits. */
    public void requirePieces(List<PieceSpec> specs) {
        requireDraft("audition.pieces.frozen");
        requireAtMost(specs.size());
        Set<UUID> known = new HashSet<>(pieces.stream().map(RequiredPiece::id).toList());
        Set<UUID> used = new HashSet<>();
        List<RequiredPiece> replacement = new ArrayList<>();
        for (PieceSpec spec : specs) {
            UUID id = spec.id();
            // An id from elsewhere (another audition, a forged request) or used twice becomes a new piece.
            boolean keep = id != null && known.contains(id) && used.add(id);
            replacement.add(new RequiredPiece(keep ? spec : withoutId(spec)));
        }
        pieces.clear();
        pieces.addAll(replacement);
    }

    public void useRubric(List<CriterionSpec> specs) {
        requireDraft("audition.rubric.frozen");
        requireAtMost(specs.size());
        List<RubricCriterion> replacement =
                specs.stream().map(RubricCriterion::new).toList();
        criteria.clear();
        criteria.addAll(replacement);
    }

    /** What still keeps a draft from opening, as translation keys; empty when it may open. */
    public List<String> missingForOpening(Instant now) {
        List<String> missing = new ArrayList<>();
        if (status != AuditionStatus.DRAFT) {
            return missing;
        }
        if (closesAt == null) {
            missing.add("audition.missing.window");
        } else if (!now.isBefore(closesAt)) {
            missing.add("audition.missing.deadline-passed");
        }
        if (voiceParts.isEmpty()) {
            missing.add("audition.missing.voice-part");
        }
        if (pieces.isEmpty()) {
            missing.add("audition.missing.piece");
        }
        if (criteria.isEmpty()) {
            missing.add("audition.missing.criterion");
        }
        return missing;
    }

    /** Publishes the call. Refused while anything is missing. */
    public void open(Instant now) {
        if (status != AuditionStatus.DRAFT) {
            throw new UserError("audition.open.not-draft");
        }
        List<String> missing = missingForOpening(now);
        if (!missing.isEmpty()) {
            throw new UserError(missing.getFirst());
        }
        status = AuditionStatus.OPEN;
        openedAt = now;
    }

    /** The status at that instant: an open audition whose deadline has passed is closed, recorded or not. */
    public AuditionStatus statusAt(Instant now) {
        return status == AuditionStatus.OPEN && closesAt != null && !now.isBefore(closesAt)
                ? AuditionStatus.CLOSED
                : status;
    }

    /** Records the closing once the deadline has passed; the closing time is the deadline itself. */
    public boolean closeIfDue(Instant now) {
        if (status != AuditionStatus.OPEN || statusAt(now) != AuditionStatus.CLOSED) {
            return false;
        }
        status = AuditionStatus.CLOSED;
        closedAt = closesAt;
        return true;
    }

    /** Moves the deadline of an open audition later (never earlier: candidates count on it). */
    public void extendDeadline(Instant newClosesAt, Instant now) {
        if (statusAt(now) != AuditionStatus.OPEN) {
            throw new UserError("audition.extend.not-open");
        }
        ApplicationWindow extended = requiredWindow().extendedTo(newClosesAt);
        closesAt = extended.closesAt();
    }

    public void startReview(Instant now) {
        closeIfDue(now);
        if (status != AuditionStatus.CLOSED) {
            throw new UserError("audition.review.not-closed");
        }
        status = AuditionStatus.IN_REVIEW;
        reviewStartedAt = now;
    }

    public void publish(Instant now) {
        if (status != AuditionStatus.IN_REVIEW) {
            throw new UserError("audition.publish.not-in-review");
        }
        status = AuditionStatus.PUBLISHED;
        publishedAt = now;
    }

    public void archive(Instant now) {
        if (status != AuditionStatus.PUBLISHED) {
            throw new UserError("audition.archive.not-published");
        }
        status = AuditionStatus.ARCHIVED;
        archivedAt = now;
    }

    /** Open, and within the window. */
    public boolean acceptsApplications(Instant now) {
        ApplicationWindow window = window();
        return statusAt(now) == AuditionStatus.OPEN && window != null && window.acceptsAt(now);
    }

    public @Nullable ApplicationWindow window() {
        return opensAt == null || closesAt == null
                ? null
                : new ApplicationWindow(opensAt, closesAt, ZoneId.of(timeZone));
    }

    public EligibilityRules eligibility() {
        return new EligibilityRules(minAge, maxAge, ageReferenceDate, countries);
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    /** When the audition closed: its deadline. */
    public Instant closedAt() {
        if (closedAt == null) {
            throw new IllegalStateException("Audition " + id + " is not closed");
        }
        return closedAt;
    }

    public AuditionDetails details(String organisationName, Instant now) {
        return new AuditionDetails(
                id,
                organisationId,
                organisationName,
                statusAt(now),
                titleEn,
                titleFr,
                descriptionEn,
                descriptionFr,
                place,
                eventStart,
                eventEnd,
                window(),
                ZoneId.of(timeZone),
                eligibility(),
                blindReview,
                voiceParts.stream().map(VoicePartPlaces::quota).toList(),
                pieces.stream().map(RequiredPiece::spec).toList(),
                criteria.stream().map(RubricCriterion::spec).toList(),
                acceptsApplications(now),
                missingForOpening(now));
    }

    public AuditionSummary summary(String organisationName, Instant now) {
        return new AuditionSummary(
                id, organisationName, titleEn, titleFr, statusAt(now), place, eventStart, eventEnd, window());
    }

    private List<VoicePart> offeredParts() {
        return voiceParts.stream().map(VoicePartPlaces::part).toList();
    }

    private ApplicationWindow requiredWindow() {
        ApplicationWindow window = window();
        if (window == null) {
            throw new UserError("audition.missing.window");
        }
        return window;
    }

    private void requireDraft(String frozenKey) {
        if (status != AuditionStatus.DRAFT) {
            throw new UserError(frozenKey);
        }
    }

    private void requireNot(Set<AuditionStatus> refused, String key) {
        if (refused.contains(status)) {
            throw new UserError(key);
        }
    }

    private static void requireAtMost(int size) {
        if (size > MAX_ITEMS) {
            throw new UserError("audition.too-many-items", MAX_ITEMS);
        }
    }

    private static PieceSpec withoutId(PieceSpec spec) {
        return new PieceSpec(
                null,
                spec.nameEn(),
                spec.nameFr(),
                spec.instructionsEn(),
                spec.instructionsFr(),
                spec.accepts(),
                spec.maxDuration(),
                spec.mandatory(),
                spec.minDuration());
    }
}
