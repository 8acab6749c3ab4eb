package org.auditio.bench;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.accounts.Role;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.DemoAuditionIds;
import org.auditio.jury.JuryWork;
import org.auditio.jury.QueueEntry;
import org.auditio.jury.ScoreSheet;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The scoring screen at World Youth Choir size (the demo: 250 applications, 4 jurors who scored
 * everyone on 5 criteria, the demo juror who scored nobody). Measures, as the demo juror, the
 * server time to save a mark and open the next candidate (service calls, then the whole screen
 * without a browser: five marks typed, Alt+S), against a plain SQL read of one candidate's marks
 * as the baseline; then the live heap each logged-in juror's screen holds. A measurement, not a
 * test: {@code mvn test -Dtest=JuryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = {"auditio.demo.enabled=true", "spring.jpa.properties.hibernate.generate_statistics=true"})
class JuryBenchmark {

    private static final String JUROR = "juror@auditio.demo";
    private static final UUID WYC = DemoAuditionIds.WORLD_YOUTH_CHOIR_2019;
    private static final int WARM_UP = 50;
    private static final int ROUNDS = 300;
    private static final int SCREEN_WARM_UP = 20;
    private static final int SCREEN_ROUNDS = 200;
    private static final int SCREENS = 40;
    /** CPU time as well as wall time: the build machine is shared, and waiting for a core is not our cost. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Autowired
    JuryWork work;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext spring;

    @Autowired
    EntityManagerFactory persistence;

    @Test
    void measure() throws InterruptedException {
        List<QueueEntry> queue = AsUser.call(JUROR, Role.JUROR, () -> work.queue(WYC));
        List<CriterionSpec> rubric =
                AsUser.call(
                                JUROR,
                                Role.JUROR,
                                () -> work.open(WYC, queue.getFirst().code()))
                        .rubric()
                        .stream()
                        .map(ScoreSheet.CriterionMark::criterion)
                        .toList();
        long[] service = new long[WARM_UP + ROUNDS];
        long[] serviceCpu = new long[WARM_UP + ROUNDS];
        Statistics sql = persistence.unwrap(SessionFactory.class).getStatistics();
        long statementsBefore = sql.getPrepareStatementCount();
        AsUser.run(JUROR, Role.JUROR, () -> {
            for (int round = 0; round < service.length; round++) {
                // Each round marks a criterion not marked before, so every save writes a new mark.
                String code = queue.get(round % queue.size()).code();
                CriterionSpec criterion = rubric.get(round / queue.size());
                String next = queue.get((round + 1) % queue.size()).code();
                long start = System.nanoTime();
                long cpu = CPU.getCurrentThreadCpuTime();
                work.mark(WYC, code, criterion.id(), middle(criterion), null, null);
                work.open(WYC, next);
                service[round] = System.nanoTime() - start;
                serviceCpu[round] = CPU.getCurrentThreadCpuTime() - cpu;
            }
        });
        report("mark + open the next (JuryWork)", service);
        report("  the same, CPU time of the server thread", serviceCpu);
        System.out.printf(
                "BENCH %-48s %.1f%n",
                "SQL statements per mark + open",
                (sql.getPrepareStatementCount() - statementsBefore) / (double) service.length);

        long[] baseline = new long[WARM_UP + ROUNDS];
        List<UUID> assignments = jdbc.sql("select id from jury_assignment where audition_id = ?")
                .param(WYC)
                .query(UUID.class)
                .list();
        for (int round = 0; round < baseline.length; round++) {
            UUID assignment = assignments.get(round % assignments.size());
            long start = System.nanoTime();
            jdbc.sql("select criterion_id, mark, version from jury_mark where assignment_id = ?")
                    .param(assignment)
                    .query()
                    .listOfRows();
            baseline[round] = System.nanoTime() - start;
        }
        report("baseline: SQL read of one candidate's marks", baseline);

        try (SecuredBrowserlessApplicationContext<?> app =
                SpringBrowserlessApplicationContext.createSecured(spring, "org.auditio")) {
            screen(app);
            heap(app);
        }
    }

    /** The whole screen as the juror uses it: five marks typed, Alt+S (submit, queue, next candidate built). */
    private void screen(SecuredBrowserlessApplicationContext<?> app) {
        BrowserlessUIContext window = juror(app).newWindow();
        window.navigate("jury/" + WYC, Component.class);
        long[] rounds = new long[SCREEN_WARM_UP + SCREEN_ROUNDS];
        long[] cpuRounds = new long[SCREEN_WARM_UP + SCREEN_ROUNDS];
        Statistics sql = persistence.unwrap(SessionFactory.class).getStatistics();
        long statements = 0;
        for (int round = 0; round < rounds.length; round++) {
            String before =
                    window.find(H2.class).withTextContaining("·").single().getText();
            long start = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            List<TextField> fields = window.find(TextField.class).all().stream()
                    .filter(f -> f.getId().orElse("").startsWith("criterion-"))
                    .toList();
            for (TextField field : fields) {
                window.test(field).setValue("6.5");
            }
            window.fireShortcut(Key.KEY_S, KeyModifier.ALT);
            rounds[round] = System.nanoTime() - start;
            cpuRounds[round] = CPU.getCurrentThreadCpuTime() - cpu;
            if (round == SCREEN_WARM_UP) {
                statements = sql.getPrepareStatementCount();
            }
            String after =
                    window.find(H2.class).withTextContaining("·").single().getText();
            if (after.equals(before)) {
                throw new IllegalStateException("Save & next did not move on from " + before);
            }
        }
        report("screen: 5 marks + Alt+S (submit, next built)", rounds, SCREEN_WARM_UP);
        report("  the same, CPU time of the server thread", cpuRounds, SCREEN_WARM_UP);
        System.out.printf(
                "BENCH %-48s %.1f%n",
                "SQL statements per screen round",
                (sql.getPrepareStatementCount() - statements) / (double) (SCREEN_ROUNDS - 1));
    }

    /** Live heap after GC with many jurors' screens open, against none. */
    private void heap(SecuredBrowserlessApplicationContext<?> app) throws InterruptedException {
        report("live heap per logged-in juror on the home page (baseline)", heapPerJuror(app, ""));
        report("live heap per logged-in juror's scoring screen", heapPerJuror(app, "jury/" + WYC));
    }

    private static void report(String what, long bytes) {
        System.out.printf("BENCH %-48s %6.0f KB per juror (%d open)%n", what, bytes / 1024.0, SCREENS);
    }

    /** Heap held per juror, each in their own session, with this page open (average over many). */
    private static long heapPerJuror(SecuredBrowserlessApplicationContext<?> app, String page)
            throws InterruptedException {
        List<BrowserlessUserContext> jurors = new ArrayList<>();
        long before = usedAfterGc();
        for (int i = 0; i < SCREENS; i++) {
            BrowserlessUserContext juror = juror(app);
            juror.newWindow().navigate(page, Component.class);
            jurors.add(juror);
        }
        long after = usedAfterGc();
        jurors.forEach(BrowserlessUserContext::close);
        return (after - before) / SCREENS;
    }

    private static BrowserlessUserContext juror(SecuredBrowserlessApplicationContext<?> app) {
        @SuppressWarnings("unchecked")
        var secured = (SecuredBrowserlessApplicationContext<Object>) app;
        return secured.newUser(UsernamePasswordAuthenticationToken.authenticated(
                JUROR, null, List.of(new SimpleGrantedAuthority(Role.JUROR.authority()))));
    }

    private static long usedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static BigDecimal middle(CriterionSpec criterion) {
        BigDecimal steps = criterion.scaleMax().subtract(criterion.scaleMin()).divide(criterion.step());
        return criterion.scaleMin().add(criterion.step().multiply(BigDecimal.valueOf(steps.intValue() / 2)));
    }

    private static void report(String what, long[] nanos) {
        report(what, nanos, WARM_UP);
    }

    private static void report(String what, long[] nanos, int warmUp) {
        long[] measured = Arrays.copyOfRange(nanos, warmUp, nanos.length);
        Arrays.sort(measured);
        System.out.printf(
                "BENCH %-48s p50 %6.2f ms   p95 %6.2f ms   (%d rounds after %d warm-up)%n",
                what,
                measured[measured.length / 2] / 1e6,
                measured[measured.length * 95 / 100] / 1e6,
                measured.length,
                warmUp);
    }
}
