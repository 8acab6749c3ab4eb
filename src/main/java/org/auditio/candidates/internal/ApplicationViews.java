package org.auditio.candidates.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.PieceSpec;
import org.auditio.candidates.ApplicationStage;
import org.auditio.candidates.ApplicationStatus;
import org.auditio.candidates.MyApplication;
import org.auditio.candidates.SlotView;
import org.auditio.candidates.domain.Application;
import org.auditio.common.UserError;

/** Turns applications into what screens show, and says when a candidate may still act. */
public final class ApplicationViews {

    private ApplicationViews() {}

    /** Candidates act while the audition is open, or closed but still within a personal extension. */
    public static boolean candidatesMayAct(AuditionDetails audition) {
        return audition.status() == AuditionStatus.OPEN || audition.status() == AuditionStatus.CLOSED;
    }

    /** The candidate's deadline; refused once the review has started, whatever was granted. */
    public static Instant deadline(AuditionDetails audition, Application application) {
        ApplicationWindow window = audition.window();
        if (!candidatesMayAct(audition) || window == null) {
            throw new UserError("application.review-started");
        }
        return application.deadline(window.closesAt());
    }

    public static ApplicationStage stage(AuditionDetails audition, Application application) {
        if (application.status() != ApplicationStatus.SUBMITTED) {
            return application.status() == ApplicationStatus.DRAFT
                    ? ApplicationStage.DRAFT
                    : ApplicationStage.WITHDRAWN;
        }
        return switch (audition.status()) {
            case IN_REVIEW -> ApplicationStage.IN_REVIEW;
            case PUBLISHED, ARCHIVED -> ApplicationStage.RESULTS_PUBLISHED;
            default -> ApplicationStage.SUBMITTED;
        };
    }

    public static List<SlotView> slots(AuditionDetails audition, Application application) {
        Map<UUID, PieceSpec> pieces =
                audition.pieces().stream().collect(Collectors.toMap(PieceSpec::id, Function.identity()));
        return application.slots().stream()
                .filter(slot -> pieces.containsKey(slot.pieceId()))
                .map(slot -> new SlotView(
                        slot.id(),
                        slot.position(),
                        pieces.get(slot.pieceId()),
                        slot.currentRecording().orElse(null),
                        slot.attachedAt(),
                        slot.replaced().size()))
                .toList();
    }

    public static MyApplication mine(AuditionDetails audition, Application application, Instant now) {
        ApplicationWindow window = audition.window();
        Instant deadline = application.deadline(window == null ? now : window.closesAt());
        boolean inTime = candidatesMayAct(audition) && now.isBefore(deadline);
        return new MyApplication(
                application.id(),
                audition,
                application.voicePart(),
                application.status(),
                stage(audition, application),
                application.createdAt(),
                application.submittedAt(),
                application.withdrawnAt(),
                deadline,
                inTime && application.editable(),
                inTime && application.status() == ApplicationStatus.SUBMITTED,
                application.receipt(),
                slots(audition, application),
                application.outcome(),
                application.reservePosition());
    }
}
