package org.auditio.candidates;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.auditio.accounts.AccountSummary;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.Ineligibility;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.domain.Application;
import org.auditio.candidates.domain.ApplicationRepository;
import org.auditio.candidates.domain.CandidateProfile;
import org.auditio.candidates.domain.CandidateProfileRepository;
import org.auditio.candidates.internal.ApplicationViews;
import org.auditio.candidates.internal.CurrentAccount;
import org.auditio.common.UserError;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's own applications: eligibility, starting one, filling its slots, submitting and
 * withdrawing. Every query is limited to the current candidate, so another's id is "not found".
 */
@Service
public class MyApplications {

    private final ApplicationRepository applications;
    private final CandidateProfileRepository profiles;
    private final AuditionCatalogue catalogue;
    private final CurrentAccount candidate;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MyApplications(
            ApplicationRepository applications,
            CandidateProfileRepository profiles,
            AuditionCatalogue catalogue,
            CurrentAccount candidate,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.candidate = candidate;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional(readOnly = true)
    public EligibilityReport eligibility(UUID auditionId) {
        AuditionDetails audition = call(auditionId);
        UUID me = candidate.id();
        CandidateProfileView profile =
                profiles.findById(me).map(CandidateProfile::view).orElse(null);
        UUID existing = applications
                .findByAuditionIdAndCandidateId(auditionId, me)
                .map(Application::id)
                .orElse(null);
        return new EligibilityReport(audition, profile, reasons(audition, profile), existing);
    }

    /** Starts a draft: the audition accepts applications, the profile is complete and eligible, none exists yet. */
    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional
    public UUID start(UUID auditionId, @Nullable VoicePart voicePart) {
        EligibilityReport report = eligibility(auditionId);
        AuditionDetails audition = report.audition();
        if (report.existingApplication() != null) {
            throw new UserError("application.already-exists");
        }
        if (!audition.acceptingApplications()) {
            throw new UserError("application.audition-not-open");
        }
        if (!report.profileComplete()) {
            throw new UserError("application.profile-incomplete");
        }
        if (!report.reasons().isEmpty()) {
            throw new UserError("application.not-eligible");
        }
        VoicePart part = offered(audition, voicePart);
        try {
            return applications
                    .saveAndFlush(new Application(auditionId, candidate.id(), part, audition.pieces(), now()))
                    .id();
        } catch (DataIntegrityViolationException raced) {
            throw new UserError("application.already-exists");
        }
    }

    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine() {
        return applications.findByCandidateIdOrderByCreatedAtDesc(candidate.id()).stream()
                .map(application -> catalogue
                        .call(application.auditionId())
                        .map(audition -> summary(audition, application))
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional(readOnly = true)
    public MyApplication get(UUID applicationId) {
        Application application = own(applicationId);
        return ApplicationViews.mine(call(application.auditionId()), application, now());
    }

    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional
    public MyApplication chooseVoicePart(UUID applicationId, @Nullable VoicePart voicePart) {
        Application application = own(applicationId);
        AuditionDetails audition = call(application.auditionId());
        application.chooseVoicePart(
                offered(audition, voicePart), ApplicationViews.deadline(audition, application), now());
        return ApplicationViews.mine(audition, applications.saveAndFlush(application), now());
    }

    /**
     * Makes a recording the current one of a slot, checking the deadline now. Uploads come through
     * {@link SlotUploads}, which stores them first; tests and the demo's seeded applications pass
     * ids they vouch for.
     */
    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional
    public MyApplication attachRecording(UUID applicationId, UUID slotId, UUID recordingId) {
        Application application = own(applicationId);
        AuditionDetails audition = call(application.auditionId());
        application.attachRecording(slotId, recordingId, ApplicationViews.deadline(audition, application), now());
        return ApplicationViews.mine(audition, applications.saveAndFlush(application), now());
    }

    /** Submits, after checking eligibility again (the profile may have changed); a receipt goes by mail. */
    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional
    public Receipt submit(UUID applicationId) {
        Application application = own(applicationId);
        AuditionDetails audition = call(application.auditionId());
        Instant deadline = ApplicationViews.deadline(audition, application);
        CandidateProfile profile = profiles.findById(application.candidateId())
                .filter(found -> found.view().complete())
                .orElseThrow(() -> new UserError("application.profile-incomplete"));
        if (!reasons(audition, profile.view()).isEmpty()) {
            throw new UserError("application.not-eligible");
        }
        application.submit(deadline, now());
        applications.saveAndFlush(application);
        AccountSummary account = candidate.account();
        Instant submittedAt = Objects.requireNonNull(application.submittedAt());
        events.publishEvent(new ApplicationSubmitted(
                application.id(),
                audition.id(),
                application.receipt(),
                account.email(),
                profile.view().fullName(),
                profile.language(),
                audition.title(profile.language()),
                submittedAt,
                audition.zone()));
        return new Receipt(application.id(), application.receipt(), submittedAt, audition.zone());
    }

    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional
    public MyApplication withdraw(UUID applicationId) {
        Application application = own(applicationId);
        AuditionDetails audition = call(application.auditionId());
        application.withdraw(ApplicationViews.deadline(audition, application), now());
        return ApplicationViews.mine(audition, applications.saveAndFlush(application), now());
    }

    private List<Ineligibility> reasons(AuditionDetails audition, @Nullable CandidateProfileView profile) {
        if (profile == null || profile.dateOfBirth() == null || profile.country() == null) {
            return List.of();
        }
        return audition.eligibility().check(profile.dateOfBirth(), profile.country());
    }

    private static VoicePart offered(AuditionDetails audition, @Nullable VoicePart voicePart) {
        if (voicePart == null) {
            throw new UserError("application.voice-part.required");
        }
        if (!audition.offers(voicePart)) {
            throw new UserError("application.voice-part.not-offered");
        }
        return voicePart;
    }

    private Application own(UUID applicationId) {
        return applications
                .findByIdAndCandidateId(applicationId, candidate.id())
                .orElseThrow(() -> new UserError("application.not-found"));
    }

    private AuditionDetails call(UUID auditionId) {
        return catalogue.call(auditionId).orElseThrow(() -> new UserError("audition.not-found"));
    }

    private ApplicationSummary summary(AuditionDetails audition, Application application) {
        MyApplication mine = ApplicationViews.mine(audition, application, now());
        return new ApplicationSummary(
                application.id(),
                audition.id(),
                audition.titleEn(),
                audition.titleFr(),
                mine.stage(),
                mine.deadline(),
                audition.zone(),
                application.submittedAt());
    }

    private Instant now() {
        return clock.instant();
    }
}
