package org.auditio.jury.internal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.auditio.accounts.DemoAccountDirectory;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.DemoAuditionIds;
import org.auditio.auditions.DemoReviews;
import org.auditio.common.DemoSeeding;
import org.auditio.jury.AssignmentState;
import org.auditio.jury.ConflictKind;
import org.auditio.jury.Sharing;
import org.auditio.jury.domain.Assignment;
import org.auditio.jury.domain.AssignmentRepository;
import org.auditio.jury.domain.JuryPanel;
import org.auditio.jury.domain.JuryPanelRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The World Youth Choir 2019 jury: the conductor and the IFCM, ECA-EC and JMI representatives,
 * who have heard all 250 candidates, plus the generic demo juror, who has heard none, so a
 * visitor scores at once. Marks are plausible: each candidate has a "true" quality, each juror a
 * severity (IFCM harsher, ECA-EC more lenient) and their own noise, and a few candidates divide
 * the jury; three conflicts are declared and two jurors abstained once. Runs once: an existing
 * panel means the demo is there.
 */
@Component
@ConditionalOnProperty(name = "auditio.demo.enabled", havingValue = "true")
@Order(30)
class DemoJury implements ApplicationRunner {

    static final List<String> JURORS = List.of(
            "conductor@auditio.demo",
            "ifcm@auditio.demo",
            "eca@auditio.demo",
            "jmi@auditio.demo",
            "juror@auditio.demo");

    /** The four who have scored everyone; the demo juror (last) has scored nobody. */
    static final int SCORED_BY = 4;

    /** Each juror's leaning and unsteadiness, in standard deviations of the candidates' quality. */
    private static final double[] SEVERITY = {0.0, -0.7, 0.6, 0.15};

    private static final double[] NOISE = {0.3, 0.4, 0.4, 0.6};

    /** Candidates (by place in code order) one juror hears very differently from the others. */
    private static final int[][] DISPUTES = {{17, 1, 3}, {64, 2, -3}, {131, 3, 3}, {202, 0, -3}};

    /** Who declared a conflict with which candidate (by place in code order). */
    private static final int[][] CONFLICTS = {{1, 7}, {1, 88}, {3, 150}};

    private static final int[][] ABSTENTIONS = {{0, 33}, {2, 190}};

    private static final Logger log = LoggerFactory.getLogger(DemoJury.class);

    private final DemoAccountDirectory accounts;
    private final DemoReviews reviews;
    private final AuditionCatalogue catalogue;
    private final JuryPanelRepository panels;
    private final AssignmentRepository assignments;
    private final ScoringStart scoringStart;
    private final Conflicts conflicts;
    private final EntityManager entities;
    private final Clock clock;

    DemoJury(
            DemoAccountDirectory accounts,
            DemoReviews reviews,
            AuditionCatalogue catalogue,
            JuryPanelRepository panels,
            AssignmentRepository assignments,
            ScoringStart scoringStart,
            Conflicts conflicts,
            EntityManager entities,
            Clock clock) {
        this.accounts = accounts;
        this.reviews = reviews;
        this.catalogue = catalogue;
        this.panels = panels;
        this.assignments = assignments;
        this.scoringStart = scoringStart;
        this.conflicts = conflicts;
        this.entities = entities;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        DemoSeeding.runAnonymously(this::seed);
    }

    private void seed() {
        UUID wyc = DemoAuditionIds.WORLD_YOUTH_CHOIR_2019;
        if (panels.findByAuditionId(wyc).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        DemoSeeding.batchWrites(entities);
        reviews.startReviewOfWorldYouthChoir2019();
        AuditionDetails audition = catalogue.call(wyc).orElseThrow();
        List<UUID> jurors = JURORS.stream().map(accounts::idOf).toList();
        Random random = new Random(2019);
        JuryPanel panel = new JuryPanel(wyc, "WYC19");
        panel.compose(jurors, jurors.getFirst(), Sharing.EVERYONE, 0, random);
        panel.startScoring(clock.instant());
        panels.save(panel);
        scoringStart.assign(panel);
        List<Assignment> all = assignments.findByAuditionId(wyc);
        List<UUID> candidates = all.stream()
                .sorted(Comparator.comparing(Assignment::code))
                .map(Assignment::applicationId)
                .distinct()
                .toList();
        for (int[] conflict : CONFLICTS) {
            UUID juror = jurors.get(conflict[0]);
            conflicts.record(panel, candidates.get(conflict[1]), juror, ConflictKind.SAME_CHOIR, juror);
        }
        Map<UUID, Double> quality = new HashMap<>();
        candidates.forEach(c -> quality.put(c, random.nextGaussian()));
        Instant now = clock.instant();
        for (Assignment assignment : all) {
            int juror = jurors.indexOf(assignment.jurorId());
            if (juror >= SCORED_BY || assignment.state() == AssignmentState.CONFLICTED) {
                continue;
            }
            int candidate = candidates.indexOf(assignment.applicationId());
            if (abstains(juror, candidate)) {
                assignment.abstain("Enregistrement saturé, impossible à juger / Recording clipped, cannot judge", now);
                continue;
            }
            double heard = quality.get(assignment.applicationId())
                    + SEVERITY[juror]
                    + dispute(juror, candidate)
                    + random.nextGaussian() * NOISE[juror];
            for (CriterionSpec criterion : audition.criteria()) {
                assignment.mark(criterion, mark(criterion, heard + random.nextGaussian() * 0.3), null, null, now);
            }
            assignment.submit(audition.criteria(), now);
        }
        entities.flush();
        log.info(
                "Demo jury ready: the World Youth Choir 2019 is in review, {} jurors, {} of them done, in {} ms",
                jurors.size(),
                SCORED_BY,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private static boolean abstains(int juror, int candidate) {
        for (int[] abstention : ABSTENTIONS) {
            if (abstention[0] == juror && abstention[1] == candidate) {
                return true;
            }
        }
        return false;
    }

    private static double dispute(int juror, int candidate) {
        for (int[] dispute : DISPUTES) {
            if (dispute[0] == candidate && dispute[1] == juror) {
                return dispute[2] * 0.6;
            }
        }
        return 0;
    }

    /** A mark on the criterion's scale: an average candidate gets about 60 % of it, one deviation 15 % more or less. */
    private static BigDecimal mark(CriterionSpec criterion, double heard) {
        BigDecimal steps = criterion.scaleMax().subtract(criterion.scaleMin()).divide(criterion.step());
        int n = steps.intValue();
        int chosen = (int) Math.max(0, Math.min(n, Math.round(n * (0.6 + 0.15 * heard))));
        return criterion.scaleMin().add(criterion.step().multiply(BigDecimal.valueOf(chosen)));
    }
}
