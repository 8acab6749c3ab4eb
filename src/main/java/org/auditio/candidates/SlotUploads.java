package org.auditio.candidates;

import java.io.InputStream;
import java.util.UUID;
import org.auditio.common.UserError;
import org.auditio.media.RecordingInfo;
import org.auditio.media.Recordings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's upload into one slot of their application. The slot must be open when the upload
 * starts and still open when it completes (the deadline may pass while the bytes arrive); a
 * recording the slot then refuses is removed again.
 */
@Service
public class SlotUploads {

    private final MyApplications applications;
    private final Recordings recordings;

    SlotUploads(MyApplications applications, Recordings recordings) {
        this.applications = applications;
        this.recordings = recordings;
    }

    /** Checks before any byte is read that the application is the candidate's and still changeable. */
    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional(readOnly = true)
    public SlotView open(UUID applicationId, UUID slotId) {
        MyApplication application = applications.get(applicationId);
        if (!application.changeable()) {
            throw new UserError(
                    application.status() == ApplicationStatus.SUBMITTED
                            ? "application.read-only"
                            : "application.deadline-passed");
        }
        return application.slots().stream()
                .filter(slot -> slot.slotId().equals(slotId))
                .findFirst()
                .orElseThrow(() -> new UserError("application.slot-not-found"));
    }

    /**
     * Stores the upload and makes it the slot's current recording. Outside a transaction on purpose:
     * an upload can take minutes, and each step has its own short transaction.
     */
    @PreAuthorize("hasRole('CANDIDATE')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MyApplication upload(UUID applicationId, UUID slotId, InputStream content, String fileName) {
        SlotView slot = open(applicationId, slotId);
        RecordingInfo stored = recordings.store(content, fileName, SlotMediaPolicy.of(slot.piece()));
        try {
            return applications.attachRecording(applicationId, slotId, stored.id());
        } catch (RuntimeException refused) {
            recordings.remove(stored.id());
            throw refused;
        }
    }
}
