package org.auditio.candidates;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/** A candidate submitted an application: they get a receipt by mail, in their language. */
public record ApplicationSubmitted(
        UUID applicationId,
        UUID auditionId,
        String receipt,
        String email,
        String candidateName,
        Locale language,
        String auditionTitle,
        Instant submittedAt,
        ZoneId auditionZone) {}
