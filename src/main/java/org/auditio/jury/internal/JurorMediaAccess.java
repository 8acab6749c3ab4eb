package org.auditio.jury.internal;

import java.util.UUID;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.CurrentUser;
import org.auditio.accounts.Role;
import org.auditio.candidates.SubmittedForJury;
import org.auditio.jury.AssignmentState;
import org.auditio.jury.domain.AssignmentRepository;
import org.auditio.jury.domain.JuryPanelRepository;
import org.auditio.media.MediaAccessPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A juror may play the current recording of an application in their own queue, once scoring has
 * started; never a replaced recording, never one of a candidate they declared a conflict with.
 */
@Component
class JurorMediaAccess implements MediaAccessPolicy {

    private final AccountService accounts;
    private final SubmittedForJury submitted;
    private final AssignmentRepository assignments;
    private final JuryPanelRepository panels;

    JurorMediaAccess(
            AccountService accounts,
            SubmittedForJury submitted,
            AssignmentRepository assignments,
            JuryPanelRepository panels) {
        this.accounts = accounts;
        this.submitted = submitted;
        this.assignments = assignments;
        this.panels = panels;
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean currentUserMayPlay(UUID recordingId) {
        if (!CurrentUser.hasRole(Role.JUROR)) {
            return false;
        }
        UUID me = accounts.current().map(a -> a.id()).orElse(null);
        if (me == null) {
            return false;
        }
        return submitted.applicationsPlaying(recordingId).stream()
                .flatMap(application -> assignments.findByJurorIdAndApplicationId(me, application).stream())
                .filter(a -> a.state() != AssignmentState.CONFLICTED)
                .anyMatch(a -> panels.findByAuditionId(a.auditionId())
                        .map(p -> p.scoringStartedAt() != null)
                        .orElse(false));
    }
}
