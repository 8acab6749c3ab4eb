package org.auditio.candidates;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.auditio.auditions.PieceSpec;

/**
 * An application as its audition's organisers see it: the candidate, the slots and their files, the
 * extensions, and which of its recordings hold the same performance as another of the audition's.
 */
public record ApplicationReview(
        ApplicationRow row,
        CandidateProfileView profile,
        List<SlotView> slots,
        List<Extension> extensions,
        Instant deadline,
        ZoneId auditionZone,
        String receipt,
        List<SamePerformanceNote> samePerformances) {

    /**
     * One of this application's recordings holds the same performance as another recording of the
     * audition (another applicant's, or this applicant's other slot): where, and where in the other.
     */
    public record SamePerformanceNote(
            UUID recordingId,
            Duration from,
            Duration to,
            UUID otherApplicationId,
            String otherApplicant,
            PieceSpec otherPiece,
            Duration otherFrom,
            Duration otherTo) {

        public boolean sameApplication(UUID applicationId) {
            return otherApplicationId.equals(applicationId);
        }
    }

    /** A deadline extension as recorded. */
    public record Extension(Instant until, String reason, Instant grantedAt) {}
}
