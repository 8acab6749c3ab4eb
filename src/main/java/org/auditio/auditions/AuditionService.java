package org.auditio.auditions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.auditio.auditions.domain.Audition;
import org.auditio.auditions.domain.AuditionRepository;
import org.auditio.auditions.domain.Organisation;
import org.auditio.auditions.domain.OrganisationRepository;
import org.auditio.auditions.internal.OrganisationNames;
import org.auditio.auditions.internal.OrganiserScope;
import org.auditio.auditions.internal.Templates;
import org.auditio.common.UserError;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisers define and run their auditions; admins may act on any. An audition of another
 * organisation, or an id that does not exist, is refused with the same "not found".
 */
@Service
public class AuditionService {

    /** Where the organisers of the network work; they may pick another zone per audition. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private final AuditionRepository auditions;
    private final OrganisationRepository organisations;
    private final OrganisationNames names;
    private final OrganiserScope scope;
    private final Clock clock;

    AuditionService(
            AuditionRepository auditions,
            OrganisationRepository organisations,
            OrganisationNames names,
            OrganiserScope scope,
            Clock clock) {
        this.auditions = auditions;
        this.organisations = organisations;
        this.names = names;
        this.scope = scope;
        this.clock = clock;
    }

    /** The organisations the current user may create auditions for. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> myOrganisations() {
        List<Organisation> mine = scope.organiser()
                .map(organisations::findByOrganiser)
                .orElseGet(() -> organisations.findPage(PageRequest.of(0, 1000)));
        return mine.stream().map(Organisation::summary).toList();
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public UUID create(UUID organisationId, String titleEn, String titleFr, AuditionTemplate template) {
        boolean mine = scope.organiser()
                .map(me -> organisations
                        .findById(organisationId)
                        .filter(o -> o.organisers().contains(me))
                        .isPresent())
                .orElseGet(() -> organisations.existsById(organisationId));
        if (!mine) {
            throw new UserError("organisation.not-found");
        }
        Audition draft = new Audition(UUID.randomUUID(), organisationId, titleEn, titleFr, DEFAULT_ZONE, now());
        Templates.apply(template, draft, clock.instant().atZone(DEFAULT_ZONE).toLocalDate());
        return auditions.save(draft).id();
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditionSummary> mine(int offset, int limit) {
        PageRequest page = page(offset, limit);
        List<Audition> found = scope.organiser()
                .map(me -> auditions.findManagedBy(me, page))
                .orElseGet(() -> auditions.findNewestFirst(page));
        return names.summaries(found, now());
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countMine() {
        return scope.organiser().map(auditions::countManagedBy).orElseGet(auditions::count);
    }

    /** The audition as its organisers see it; also how other modules check the organisation boundary. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public AuditionDetails details(UUID auditionId) {
        return view(manageable(auditionId));
    }

    /** Like {@link #details}, empty where the audition does not exist or belongs to another organisation. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AuditionDetails> find(UUID auditionId) {
        return findManageable(auditionId).map(this::view);
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AuditionDetails describe(UUID auditionId, AuditionDescription description) {
        return change(auditionId, audition -> audition.describe(description));
    }

    /** The window, as local times in the named zone. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AuditionDetails schedule(
            UUID auditionId, @Nullable LocalDateTime opens, @Nullable LocalDateTime closes, @Nullable ZoneId zone) {
        if (opens == null || closes == null || zone == null) {
            throw new UserError("audition.window.required");
        }
        return change(auditionId, audition -> audition.schedule(ApplicationWindow.of(opens, closes, zone)));
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AuditionDetails restrict(UUID auditionId, EligibilityRules rules) {
        return change(auditionId, audition -> audition.restrict(rules));
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AuditionDetails offer(UUID auditionId, List<VoicePartQuota> voiceParts) {
        return change(auditionId, audition -> audition.offer(voiceParts));
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AuditionDetails requirePieces(UUID auditionId, List<PieceSpec> pieces) {
        return change(auditionId, audition -> audition.requirePieces(pieces));
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AuditionDetails useRubric(UUID auditionId, List<CriterionSpec> criteria) {
        return change(auditionId, audition -> audition.useRubric(criteria));
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AuditionDetails open(UUID auditionId) {
        return change(auditionId, audition -> audition.open(now()));
    }

    /** A later deadline, as a local time in the audition's zone. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AuditionDetails extendDeadline(UUID auditionId, @Nullable LocalDateTime newDeadline) {
        if (newDeadline == null) {
            throw new UserError("audition.extend.date-required");
        }
        return change(auditionId, audition -> {
            ApplicationWindow window = audition.window();
            ZoneId zone = window == null ? DEFAULT_ZONE : window.zone();
            audition.extendDeadline(ApplicationWindow.instant(newDeadline, zone), now());
        });
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AuditionDetails startReview(UUID auditionId) {
        return change(auditionId, audition -> audition.startReview(now()));
    }

    /**
     * Marks the results published. Only the selection's publication calls this, once it has frozen
     * the decisions; it then tells every applicant (no screen publishes an audition directly).
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AuditionDetails publish(UUID auditionId) {
        return change(auditionId, audition -> audition.publish(now()));
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public AuditionDetails archive(UUID auditionId) {
        return change(auditionId, audition -> audition.archive(now()));
    }

    private AuditionDetails change(UUID auditionId, Consumer<Audition> change) {
        Audition audition = manageable(auditionId);
        change.accept(audition);
        return view(auditions.saveAndFlush(audition));
    }

    private Audition manageable(UUID auditionId) {
        return findManageable(auditionId).orElseThrow(() -> new UserError("audition.not-found"));
    }

    private Optional<Audition> findManageable(UUID auditionId) {
        return scope.organiser()
                .map(me -> auditions.findManageable(auditionId, me))
                .orElseGet(() -> auditions.findById(auditionId));
    }

    private AuditionDetails view(Audition audition) {
        return audition.details(names.of(audition.organisationId()), now());
    }

    private Instant now() {
        return clock.instant();
    }

    static PageRequest page(int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        return PageRequest.of(offset / size, size);
    }
}
