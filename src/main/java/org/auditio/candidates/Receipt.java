package org.auditio.candidates;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** Proof of a submission: the code to quote and the time, shown in the audition's zone and the candidate's. */
public record Receipt(UUID applicationId, String code, Instant submittedAt, ZoneId auditionZone) {}
