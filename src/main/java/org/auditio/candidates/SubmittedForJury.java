package org.auditio.candidates;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.auditio.candidates.domain.Application;
import org.auditio.candidates.domain.ApplicationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitted applications of an audition, anonymised by construction for the jury module, which
 * decides who sees which: only random ids, voice parts and recording ids, never a profile. Each
 * method is open to those who need it: organisers starting scoring (and the demo seeding, which runs
 * anonymously at start-up) for the whole list, jurors for one application and for playback checks.
 */
@Service
public class SubmittedForJury {

    private final ApplicationRepository applications;

    SubmittedForJury(ApplicationRepository applications) {
        this.applications = applications;
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN') or isAnonymous()")
    @Transactional(readOnly = true)
    public List<AnonymousApplication> of(UUID auditionId) {
        return applications.findSubmitted(auditionId).stream()
                .sorted(Comparator.comparing(Application::id))
                .map(SubmittedForJury::anonymous)
                .toList();
    }

    /** One submitted application of the audition; empty for any other id or a draft. */
    @PreAuthorize("hasRole('JUROR')")
    @Transactional(readOnly = true)
    public Optional<AnonymousApplication> one(UUID auditionId, UUID applicationId) {
        return applications
                .findByIdAndAuditionId(applicationId, auditionId)
                .filter(a -> a.status() == ApplicationStatus.SUBMITTED)
                .map(SubmittedForJury::anonymous);
    }

    /** The submitted applications that currently offer this recording to the jury (replaced ones never do). */
    @PreAuthorize("hasRole('JUROR')")
    @Transactional(readOnly = true)
    public List<UUID> applicationsPlaying(UUID recordingId) {
        return applications.submittedPlaying(recordingId);
    }

    private static AnonymousApplication anonymous(Application application) {
        return new AnonymousApplication(
                application.id(),
                application.voicePart(),
                application.slots().stream()
                        .map(slot -> new AnonymousApplication.AnonymousSlot(
                                slot.pieceId(),
                                slot.position(),
                                slot.currentRecording().orElse(null)))
                        .toList());
    }
}
