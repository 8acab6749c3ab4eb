package org.auditio.jury;

import java.time.Instant;
import java.util.UUID;

/** A recorded conflict of interest, for organisers. */
public record ConflictView(UUID applicationId, UUID jurorId, ConflictKind kind, UUID declaredBy, Instant declaredAt) {}
