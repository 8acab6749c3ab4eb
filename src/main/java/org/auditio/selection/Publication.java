package org.auditio.selection;

import java.time.Instant;
import java.util.UUID;
import org.auditio.ranking.AggregationMethod;

/** What was frozen when the results were published: the method, the digest of every mark, who and when. */
public record Publication(
        UUID auditionId,
        AggregationMethod method,
        String marksDigest,
        int marksCount,
        String publishedBy,
        Instant publishedAt) {}
