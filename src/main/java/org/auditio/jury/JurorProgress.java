package org.auditio.jury;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How far a juror is, and a first look at their severity: the mean and spread (standard
 * deviation) of all their marks, so the chair sees a harsh or lenient juror early.
 */
public record JurorProgress(
        UUID jurorId,
        String displayName,
        boolean chair,
        int assigned,
        int done,
        int skipped,
        int conflicts,
        int marks,
        @Nullable Double mean,
        @Nullable Double spread) {}
