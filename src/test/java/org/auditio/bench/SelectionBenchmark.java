package org.auditio.bench;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.auditio.AsUser;
import org.auditio.accounts.Role;
import org.auditio.auditions.DemoAuditionIds;
import org.auditio.ranking.Rankings;
import org.auditio.selection.Deliberation;
import org.auditio.selection.SelectionExports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The deliberation on the World Youth Choir 2019 demo (250 applicants, a jury of five): the board,
 * a run of the assistant that rewrites every decision, and the ranking export, against the ranking
 * alone (what every one of them starts from) as the baseline. A measurement, not a test: run it
 * alone with {@code mvn test -Dtest=SelectionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = "auditio.demo.enabled=true")
class SelectionBenchmark {

    private static final int ROUNDS = 100;

    @Autowired
    Rankings rankings;

    @Autowired
    Deliberation deliberation;

    @Autowired
    SelectionExports exports;

    @Test
    void measure() {
        UUID wyc = DemoAuditionIds.WORLD_YOUTH_CHOIR_2019;
        AsUser.run("organiser@auditio.demo", Role.ORGANISER, () -> {
            report("baseline: the chosen ranking", () -> rankings.chosen(wyc));
            report("assistant run, cap 3, decisions rewritten", () -> deliberation.propose(wyc, 3));
            report("board (ranking, applicants, decisions)", () -> deliberation.board(wyc));
            report("ranking export with every juror's marks", () -> exports.ranking(wyc, Locale.ENGLISH));
        });
    }

    private static void report(String what, Supplier<?> work) {
        Timing.report(what, ROUNDS, work);
    }
}
