package org.auditio.candidates.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** A recording that was the slot's current one until another replaced it: kept for the record, never reviewed. */
@Embeddable
public record ReplacedRecording(UUID recordingId, Instant replacedAt) {}
