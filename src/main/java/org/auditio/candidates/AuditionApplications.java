package org.auditio.candidates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.EligibilityRules;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.domain.Application;
import org.auditio.candidates.domain.ApplicationRepository;
import org.auditio.candidates.domain.ApplicationSearch;
import org.auditio.candidates.domain.CandidateProfile;
import org.auditio.candidates.domain.CandidateProfileRepository;
import org.auditio.candidates.internal.ApplicationViews;
import org.auditio.candidates.internal.CurrentAccount;
import org.auditio.candidates.internal.SamePerformanceNotes;
import org.auditio.common.UserError;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications to one audition, for its organisers. Each call first asks the auditions
 * module whether the current user may manage that audition; an audition of another organisation
 * is "not found", and an application is only ever looked up together with its audition.
 */
@Service
public class AuditionApplications {

    private final AuditionService auditions;
    private final ApplicationRepository applications;
    private final CandidateProfileRepository profiles;
    private final ApplicationSearch search;
    private final CurrentAccount currentAccount;
    private final SamePerformanceNotes samePerformances;
    private final Clock clock;

    AuditionApplications(
            AuditionService auditions,
            ApplicationRepository applications,
            CandidateProfileRepository profiles,
            ApplicationSearch search,
            CurrentAccount currentAccount,
            SamePerformanceNotes samePerformances,
            Clock clock) {
        this.samePerformances = samePerformances;
        this.auditions = auditions;
        this.applications = applications;
        this.profiles = profiles;
        this.search = search;
        this.currentAccount = currentAccount;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ApplicationStatistics statistics(UUID auditionId) {
        auditions.details(auditionId);
        Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
        applications.countByStatus(auditionId).forEach(row -> byStatus.put((ApplicationStatus) row[0], (Long) row[1]));
        Map<VoicePart, Long> byPart = new EnumMap<>(VoicePart.class);
        applications
                .countSubmittedByVoicePart(auditionId)
                .forEach(row -> byPart.put((VoicePart) row[0], (Long) row[1]));
        Map<String, Long> byCountry = new LinkedHashMap<>();
        applications
                .countSubmittedByCountry(auditionId)
                .forEach(row -> byCountry.put(row[0] == null ? "" : (String) row[0], (Long) row[1]));
        return new ApplicationStatistics(byStatus, byPart, byCountry);
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ApplicationRow> page(
            UUID auditionId, ApplicationFilter filter, ApplicationSort sort, int offset, int limit) {
        LocalDate reference = referenceDate(auditions.details(auditionId));
        return search.page(auditionId, criteria(filter, reference), sort, offset, limit).stream()
                .map(found -> new ApplicationRow(
                        found.id(),
                        found.fullName(),
                        found.country(),
                        found.voicePart(),
                        found.status(),
                        found.dateOfBirth() == null ? null : ageOn(found.dateOfBirth(), reference),
                        found.submittedAt()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(UUID auditionId, ApplicationFilter filter) {
        LocalDate reference = referenceDate(auditions.details(auditionId));
        return search.count(auditionId, criteria(filter, reference));
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ApplicationReview review(UUID auditionId, UUID applicationId) {
        AuditionDetails audition = auditions.details(auditionId);
        return review(audition, application(auditionId, applicationId));
    }

    /** A later personal deadline for one candidate, as a local time in the audition's zone, with the reason. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional
    public ApplicationReview grantExtension(
            UUID auditionId, UUID applicationId, @Nullable LocalDateTime until, String reason) {
        AuditionDetails audition = auditions.details(auditionId);
        Application application = application(auditionId, applicationId);
        if (!ApplicationViews.candidatesMayAct(audition)) {
            throw new UserError("extension.too-late");
        }
        if (until == null) {
            throw new UserError("extension.date-required");
        }
        application.grantExtension(
                ApplicationWindow.instant(until, audition.zone()), reason, currentAccount.id(), clock.instant());
        return review(audition, applications.saveAndFlush(application));
    }

    private ApplicationReview review(AuditionDetails audition, Application application) {
        LocalDate reference = referenceDate(audition);
        CandidateProfileView profile = profiles.findById(application.candidateId())
                .map(CandidateProfile::view)
                .orElseThrow(() -> new IllegalStateException("An application without a profile"));
        LocalDate born = profile.dateOfBirth();
        ApplicationRow row = new ApplicationRow(
                application.id(),
                profile.fullName(),
                profile.country(),
                application.voicePart(),
                application.status(),
                born == null ? null : ageOn(born, reference),
                application.submittedAt());
        ApplicationWindow window = audition.window();
        return new ApplicationReview(
                row,
                profile,
                ApplicationViews.slots(audition, application),
                application.extensions().stream()
                        .map(e -> new ApplicationReview.Extension(e.until(), e.reason(), e.grantedAt()))
                        .toList(),
                application.deadline(window == null ? clock.instant() : window.closesAt()),
                audition.zone(),
                application.receipt(),
                samePerformances.of(audition, application));
    }

    private Application application(UUID auditionId, UUID applicationId) {
        return applications
                .findByIdAndAuditionId(applicationId, auditionId)
                .orElseThrow(() -> new UserError("application.not-found"));
    }

    /** Ages count on the eligibility date, or today where the audition sets none. */
    private LocalDate referenceDate(AuditionDetails audition) {
        LocalDate reference = audition.eligibility().referenceDate();
        return reference != null
                ? reference
                : clock.instant().atZone(audition.zone()).toLocalDate();
    }

    private static int ageOn(LocalDate born, LocalDate reference) {
        return java.time.Period.between(born, reference).getYears();
    }

    private static ApplicationSearch.Criteria criteria(ApplicationFilter filter, LocalDate reference) {
        EligibilityRules ages = new EligibilityRules(filter.minAge(), filter.maxAge(), reference, Set.of());
        return new ApplicationSearch.Criteria(
                filter.voicePart(),
                filter.country(),
                filter.status(),
                filter.name(),
                ages.bornFrom(),
                ages.bornUntil());
    }
}
