package org.auditio.candidates;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.AccountSummary;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.candidates.domain.Application;
import org.auditio.candidates.domain.ApplicationRepository;
import org.auditio.candidates.domain.CandidateProfile;
import org.auditio.candidates.domain.CandidateProfileRepository;
import org.auditio.common.UserError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliberation's side of the applications: who applied (names, countries, parts) and, once the
 * results are published, each applicant's outcome, recorded once and told by mail. The selection
 * module calls it; this module knows nothing of how the outcomes were decided.
 */
@Service
public class ApplicationOutcomes {

    private final AuditionService auditions;
    private final ApplicationRepository applications;
    private final CandidateProfileRepository profiles;
    private final AccountAdministration accounts;
    private final ApplicationEventPublisher events;
    private final DeliberationAccess deliberators;
    private final Clock clock;

    ApplicationOutcomes(
            AuditionService auditions,
            ApplicationRepository applications,
            CandidateProfileRepository profiles,
            AccountAdministration accounts,
            ApplicationEventPublisher events,
            DeliberationAccess deliberators,
            Clock clock) {
        this.auditions = auditions;
        this.applications = applications;
        this.profiles = profiles;
        this.accounts = accounts;
        this.events = events;
        this.deliberators = deliberators;
        this.clock = clock;
    }

    /** The submitted applications of an audition, for those who deliberate on it (organisers, jury chair). */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public List<Applicant> applicants(UUID auditionId) {
        if (!deliberators.currentUserDeliberates(auditionId)) {
            throw new UserError("audition.not-found");
        }
        List<Application> submitted = applications.findSubmitted(auditionId);
        Map<UUID, CandidateProfile> people = profilesOf(submitted);
        return submitted.stream()
                .map(a -> {
                    CandidateProfileView profile = people.get(a.candidateId()).view();
                    return new Applicant(a.id(), profile.fullName(), profile.country(), a.voicePart());
                })
                .toList();
    }

    /**
     * Records every submitted application's outcome of a published audition and tells each applicant
     * by mail (after the commit). An application missing from {@code decisions} is not selected.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public void announce(UUID auditionId, List<OutcomeDecision> decisions) {
        AuditionDetails audition = auditions.details(auditionId);
        if (audition.status() != AuditionStatus.PUBLISHED) {
            throw new IllegalStateException("Outcomes are told once the results are published");
        }
        Map<UUID, OutcomeDecision> byApplication =
                decisions.stream().collect(Collectors.toMap(OutcomeDecision::applicationId, Function.identity()));
        List<Application> submitted = applications.findSubmitted(auditionId);
        Map<UUID, CandidateProfile> people = profilesOf(submitted);
        Map<UUID, AccountSummary> contacts = accounts.recipients(people.keySet()).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        for (Application application : submitted) {
            OutcomeDecision decision = byApplication.getOrDefault(
                    application.id(), new OutcomeDecision(application.id(), Outcome.NOT_SELECTED, null));
            application.announce(decision.outcome(), decision.reservePosition(), clock.instant());
            CandidateProfile profile = people.get(application.candidateId());
            AccountSummary contact = contacts.get(application.candidateId());
            if (contact != null) {
                events.publishEvent(new OutcomeAnnounced(
                        application.id(),
                        auditionId,
                        contact.email(),
                        profile.view().fullName(),
                        profile.language(),
                        audition.title(profile.language()),
                        application.voicePart(),
                        decision.outcome(),
                        decision.reservePosition()));
            }
        }
        applications.saveAll(submitted);
    }

    private Map<UUID, CandidateProfile> profilesOf(List<Application> submitted) {
        return profiles
                .findAllById(submitted.stream().map(Application::candidateId).toList())
                .stream()
                .collect(Collectors.toMap(CandidateProfile::accountId, Function.identity()));
    }
}
