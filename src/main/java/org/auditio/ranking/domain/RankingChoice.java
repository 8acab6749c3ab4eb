package org.auditio.ranking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.auditio.ranking.AggregationMethod;
import org.auditio.ranking.RankingSettings;

/**
 * The method an audition is ranked by. The tie-draw seed is drawn once, when the method is first
 * chosen, and never changes afterwards: the same marks always give the same ranking.
 */
@Entity
@Table(name = "ranking_choice")
public class RankingChoice {

    @Id
    private UUID auditionId;

    @Enumerated(EnumType.STRING)
    private AggregationMethod method;

    private int minMarks;

    private int trimFrom;

    private int normaliseFrom;

    private long tieSeed;

    private String chosenBy;

    private Instant chosenAt;

    @Version
    private long version;

    protected RankingChoice() {
        this.auditionId = new UUID(0, 0);
        this.method = AggregationMethod.MEAN;
        this.chosenBy = "";
        this.chosenAt = Instant.EPOCH;
    }

    public RankingChoice(UUID auditionId, long tieSeed) {
        this();
        this.auditionId = auditionId;
        this.tieSeed = tieSeed;
    }

    /** Takes the method and parameters of {@code settings}; the seed stays the recorded one. */
    public void choose(RankingSettings settings, String by, Instant at) {
        this.method = settings.method();
        this.minMarks = settings.minMarks();
        this.trimFrom = settings.trimFrom();
        this.normaliseFrom = settings.normaliseFrom();
        this.chosenBy = by;
        this.chosenAt = at;
    }

    public RankingSettings settings() {
        return new RankingSettings(method, minMarks, trimFrom, normaliseFrom, tieSeed);
    }

    public Instant chosenAt() {
        return chosenAt;
    }
}
