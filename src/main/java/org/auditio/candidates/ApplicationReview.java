package org.auditio.candidates;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** An application as its audition's organisers see it: the candidate, the slots and their files, the extensions. */
public record ApplicationReview(
        ApplicationRow row,
        CandidateProfileView profile,
        List<SlotView> slots,
        List<Extension> extensions,
        Instant deadline,
        ZoneId auditionZone,
        String receipt) {

    /** A deadline extension as recorded. */
    public record Extension(Instant until, String reason, Instant grantedAt) {}
}
