package org.auditio.jury;

import java.util.List;
import java.util.UUID;
import org.auditio.auditions.VoicePart;

/**
 * Every submitted score of an audition, weighted (Σ weight × mark / Σ weight over the criteria, as
 * each assignment stored it), as a compact table: the jurors who scored, and per application the indexes of its jurors in that list
 * with their scores. Arrays, not a record per score: a large call holds 200,000 of them.
 */
public record WeightedScores(List<UUID> jurors, List<Application> applications) {

    public WeightedScores {
        jurors = List.copyOf(jurors);
        applications = List.copyOf(applications);
    }

    /** One application's scores: {@code scores[i]} is by juror {@code jurors().get(jurorIndexes[i])}. */
    public record Application(
            UUID applicationId, String code, VoicePart voicePart, int[] jurorIndexes, double[] scores) {}
}
