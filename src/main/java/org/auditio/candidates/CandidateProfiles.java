package org.auditio.candidates;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.auditio.accounts.AccountService;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionStatus;
import org.auditio.candidates.domain.Application;
import org.auditio.candidates.domain.ApplicationRepository;
import org.auditio.candidates.domain.CandidateProfile;
import org.auditio.candidates.domain.CandidateProfileRepository;
import org.auditio.candidates.internal.CurrentAccount;
import org.auditio.candidates.internal.PersonalData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A candidate's own profile: filling it in, downloading everything we hold, and erasure on request. */
@Service
public class CandidateProfiles {

    private final CandidateProfileRepository profiles;
    private final ApplicationRepository applications;
    private final AuditionCatalogue catalogue;
    private final CurrentAccount candidate;
    private final AccountService accounts;
    private final PersonalData personalData;
    private final Clock clock;

    CandidateProfiles(
            CandidateProfileRepository profiles,
            ApplicationRepository applications,
            AuditionCatalogue catalogue,
            CurrentAccount candidate,
            AccountService accounts,
            PersonalData personalData,
            Clock clock) {
        this.profiles = profiles;
        this.applications = applications;
        this.catalogue = catalogue;
        this.candidate = candidate;
        this.accounts = accounts;
        this.personalData = personalData;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional(readOnly = true)
    public Optional<CandidateProfileView> mine() {
        return profiles.findById(candidate.id()).map(CandidateProfile::view);
    }

    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional
    public CandidateProfileView save(ProfileForm form) {
        UUID me = candidate.id();
        Instant now = clock.instant();
        CandidateProfile profile = profiles.findById(me).orElse(null);
        if (profile == null) {
            profile = new CandidateProfile(me, form, now);
        } else {
            profile.update(form, now);
        }
        return profiles.saveAndFlush(profile).view();
    }

    /** Everything held about me (account, profile, applications) as JSON. */
    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional(readOnly = true)
    public String exportMyData() {
        UUID me = candidate.id();
        return personalData.export(
                candidate.account(),
                profiles.findById(me).map(CandidateProfile::view).orElse(null),
                applications.findByCandidateIdOrderByCreatedAtDesc(me),
                clock.instant());
    }

    /**
     * Erasure on request. Applications a jury may already be working on (submitted to an audition
     * no longer open) are kept with an anonymised profile; every other application is deleted;
     * the account is erased. The caller logs the user out.
     */
    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional
    public void eraseMe() {
        UUID me = candidate.id();
        Instant now = clock.instant();
        List<Application> mine = applications.findByCandidateIdOrderByCreatedAtDesc(me);
        boolean keepsAny = false;
        for (Application application : mine) {
            if (mustBeKept(application)) {
                keepsAny = true;
            } else {
                applications.delete(application);
            }
        }
        Optional<CandidateProfile> profile = profiles.findById(me);
        if (keepsAny) {
            profile.ifPresent(p -> p.anonymise(now));
        } else {
            profile.ifPresent(profiles::delete);
        }
        accounts.eraseMyAccount();
    }

    private boolean mustBeKept(Application application) {
        if (application.status() != ApplicationStatus.SUBMITTED) {
            return false;
        }
        return catalogue
                .call(application.auditionId())
                .map(AuditionDetails::status)
                .map(status -> status != AuditionStatus.OPEN)
                .orElse(false);
    }
}
