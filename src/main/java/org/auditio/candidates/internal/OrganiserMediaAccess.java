package org.auditio.candidates.internal;

import java.util.UUID;
import org.auditio.accounts.CurrentUser;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionService;
import org.auditio.candidates.domain.ApplicationRepository;
import org.auditio.common.UserError;
import org.auditio.media.MediaAccessPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisers may play the recordings of applications to the auditions they manage, and no others:
 * the audition module's organisation boundary decides, as for every organiser screen.
 */
@Component
class OrganiserMediaAccess implements MediaAccessPolicy {

    private final ApplicationRepository applications;
    private final AuditionService auditions;

    OrganiserMediaAccess(ApplicationRepository applications, AuditionService auditions) {
        this.applications = applications;
        this.auditions = auditions;
    }

    /**
     * Outside the caller's transaction on purpose: the audition boundary answers "not yours" by
     * throwing, which would mark a shared transaction rollback-only.
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean currentUserMayPlay(UUID recordingId) {
        if (!CurrentUser.hasRole(Role.ORGANISER)) {
            return false;
        }
        return applications.auditionsHoldingRecording(recordingId).stream().anyMatch(this::manages);
    }

    private boolean manages(UUID auditionId) {
        try {
            auditions.details(auditionId);
            return true;
        } catch (UserError notMine) {
            return false;
        }
    }
}
