package org.auditio.candidates;

import java.util.List;
import java.util.UUID;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.Ineligibility;
import org.jspecify.annotations.Nullable;

/** Whether I may apply to an audition, and every reason why not. */
public record EligibilityReport(
        AuditionDetails audition,
        @Nullable CandidateProfileView profile,
        List<Ineligibility> reasons,
        @Nullable UUID existingApplication) {

    public boolean profileComplete() {
        return profile != null && profile.complete();
    }

    public boolean mayApply() {
        return audition.acceptingApplications()
                && profileComplete()
                && reasons.isEmpty()
                && existingApplication == null;
    }
}
