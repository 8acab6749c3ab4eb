package org.auditio.candidates;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The outcome to tell one applicant; the position only for the reserve list. */
public record OutcomeDecision(
        UUID applicationId, Outcome outcome, @Nullable Integer reservePosition) {}
