package org.auditio.jury.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.auditio.accounts.DemoAccountDirectory;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.DemoAuditionIds;
import org.auditio.auditions.DemoReviews;
import org.auditio.common.DemoSeeding;
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
 * The World Youth Choir 2019 jury: the conductor and the IFCM, ECA-EC and JMI representatives
 * (plus the generic demo juror), every juror hearing all 250 candidates in their own order. The
 * call moves to review and a few candidates are already scored, so a visitor can score at once.
 * Runs once: an existing panel means the demo is there.
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

    /** How many candidates each juror has already submitted, in their own order. */
    private static final int[] ALREADY_SCORED = {12, 8, 5, 3, 0};

    private static final Logger log = LoggerFactory.getLogger(DemoJury.class);

    private final DemoAccountDirectory accounts;
    private final DemoReviews reviews;
    private final AuditionCatalogue catalogue;
    private final JuryPanelRepository panels;
    private final AssignmentRepository assignments;
    private final ScoringStart scoringStart;
    private final Clock clock;

    DemoJury(
            DemoAccountDirectory accounts,
            DemoReviews reviews,
            AuditionCatalogue catalogue,
            JuryPanelRepository panels,
            AssignmentRepository assignments,
            ScoringStart scoringStart,
            Clock clock) {
        this.accounts = accounts;
        this.reviews = reviews;
        this.catalogue = catalogue;
        this.panels = panels;
        this.assignments = assignments;
        this.scoringStart = scoringStart;
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
        reviews.startReviewOfWorldYouthChoir2019();
        AuditionDetails audition = catalogue.call(wyc).orElseThrow();
        List<UUID> jurors = JURORS.stream().map(accounts::idOf).toList();
        Random random = new Random(2019);
        JuryPanel panel = new JuryPanel(wyc, "WYC19");
        panel.compose(jurors, jurors.getFirst(), Sharing.EVERYONE, 0, random);
        panel.startScoring(clock.instant());
        panels.save(panel);
        scoringStart.assign(panel);
        for (int j = 0; j < jurors.size(); j++) {
            List<Assignment> queue = assignments.findQueue(wyc, jurors.get(j));
            List<Assignment> scored = new ArrayList<>();
            for (Assignment assignment : queue.subList(0, Math.min(ALREADY_SCORED[j], queue.size()))) {
                for (CriterionSpec criterion : audition.criteria()) {
                    assignment.mark(criterion, mark(criterion, random), null, null, clock.instant());
                }
                assignment.submit(audition.criteria(), clock.instant());
                scored.add(assignment);
            }
            assignments.saveAll(scored);
        }
        log.info("Demo jury ready: the World Youth Choir 2019 is in review, {} jurors", jurors.size());
    }

    /** A plausible mark on the criterion's scale, around two thirds of it. */
    private static BigDecimal mark(CriterionSpec criterion, Random random) {
        BigDecimal steps = criterion.scaleMax().subtract(criterion.scaleMin()).divide(criterion.step());
        int n = steps.intValue();
        int chosen = Math.max(0, Math.min(n, (int) Math.round(n * 0.65 + random.nextGaussian() * n * 0.15)));
        return criterion.scaleMin().add(criterion.step().multiply(BigDecimal.valueOf(chosen)));
    }
}
