package org.auditio.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.CriterionSpec;
import org.auditio.jury.JuryScores;
import org.auditio.ranking.AggregationMethod;
import org.auditio.ranking.RankingSettings;
import org.auditio.ranking.Rankings;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code Rankings.chosen} end to end (security, audition check, SQL, aggregation, ordering) on
 * 10,000 applications × 20 jurors × 5 criteria = 1,000,000 marks, against one plain SQL GROUP BY
 * (mean mark per application) over the same rows in the same run; then the World Youth Choir size
 * (250 × 4 × 5). A measurement, not a test: run it alone with {@code mvn test
 * -Dtest=RankingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@AuditioTest
class RankingBenchmark {

    private static final int ROUNDS = 9;

    @Autowired
    Rankings rankings;

    @Autowired
    AuditionService auditions;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JuryScores scores;

    @Autowired
    AuditionFixtures fixtures;

    @Test
    void measure() throws Exception {
        AuditionFixtures.Organiser organiser = fixtures.organiser();
        UUID large = fixtures.open(organiser, 3);
        UUID wyc = fixtures.open(organiser, 3);
        long start = System.nanoTime();
        insert(large, criteria(organiser, large), 10_000, 20, 1);
        System.out.printf(
                "BENCH inserted 1,000,000 marks and 200,000 stored scores with COPY in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
        insert(wyc, criteria(organiser, wyc), 250, 4, 2);
        jdbc.sql("analyze jury_assignment").update();
        jdbc.sql("analyze jury_mark").update();

        AsUser.run(organiser.email(), Role.ORGANISER, () -> {
            report("of which JuryScores.weighted (SQL, transfer)", () -> scores.weighted(large));
            double ranking = report("Rankings.chosen, 10,000 × 20 × 5", () -> rankings.chosen(large));
            double baseline = report("baseline: SQL avg(mark) GROUP BY application", () -> groupBy(large));
            System.out.printf("BENCH ratio chosen / GROUP BY: %.2f%n", ranking / baseline);
            report("Rankings.rank BORDA, 10,000 × 20 × 5", () -> rankings.rank(large, AggregationMethod.BORDA));
            report("Rankings.chosen, WYC 250 × 4 × 5", () -> rankings.chosen(wyc));
            report("baseline: SQL GROUP BY, WYC", () -> groupBy(wyc));
            report(
                    "deliberation report (Z_SCORE), WYC",
                    () -> rankings.report(wyc, RankingSettings.defaults(0).with(AggregationMethod.Z_SCORE)));
            long once = System.nanoTime();
            rankings.report(large, RankingSettings.defaults(0));
            System.out.printf(
                    "BENCH deliberation report, 10,000 × 20 × 5, once: %.0f ms%n", (System.nanoTime() - once) / 1e6);
        });
    }

    private List<CriterionSpec> criteria(AuditionFixtures.Organiser organiser, UUID audition) {
        return AsUser.call(
                organiser.email(),
                Role.ORGANISER,
                () -> auditions.details(audition).criteria());
    }

    private List<Double> groupBy(UUID audition) {
        return jdbc.sql("""
                        select a.application_id, avg(m.mark)
                        from jury_assignment a join jury_mark m on m.assignment_id = a.id
                        where a.audition_id = ? and a.state = 'SUBMITTED'
                        group by a.application_id""").param(audition).query((rs, row) -> rs.getDouble(2)).list();
    }

    /**
     * Submitted assignments and their marks straight into the jury tables with COPY; each assignment
     * carries its weighted sums (Σ weight × mark, Σ weight) as {@code Assignment.submit} stores them.
     */
    private void insert(UUID audition, List<CriterionSpec> criteria, int applications, int jurors, long prefix)
            throws Exception {
        String[] parts = {"S", "A", "T", "B"};
        Random random = new Random(prefix);
        UUID[] jurorIds = new UUID[jurors];
        double[] bias = new double[jurors];
        for (int j = 0; j < jurors; j++) {
            jurorIds[j] = new UUID(prefix << 40 | 1L << 32 | j, 1);
            bias[j] = random.nextGaussian();
        }
        BigDecimal weightSum = criteria.stream().map(CriterionSpec::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal[][][] marks = new BigDecimal[applications][jurors][criteria.size()];
        for (int a = 0; a < applications; a++) {
            double quality = 6 + 1.5 * random.nextGaussian();
            for (int j = 0; j < jurors; j++) {
                for (int c = 0; c < criteria.size(); c++) {
                    double mark = Math.clamp(Math.round(2 * (quality + bias[j] + random.nextGaussian())) / 2.0, 0, 10);
                    marks[a][j][c] = BigDecimal.valueOf(mark);
                }
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            CopyIn assignments = copy.copyIn("copy jury_assignment (id, audition_id, juror_id, application_id, code,"
                    + " voice_part, listening_rank, state, submitted_at, weighted_sum, weight_sum)"
                    + " from stdin (format csv)");
            StringBuilder rows = new StringBuilder();
            for (int a = 0; a < applications; a++) {
                for (int j = 0; j < jurors; j++) {
                    BigDecimal weightedSum = BigDecimal.ZERO;
                    for (int c = 0; c < criteria.size(); c++) {
                        weightedSum = weightedSum.add(criteria.get(c).weight().multiply(marks[a][j][c]));
                    }
                    rows.append(assignment(prefix, a, j))
                            .append(',')
                            .append(audition)
                            .append(',')
                            .append(jurorIds[j])
                            .append(',')
                            .append(new UUID(prefix << 40 | 2L << 32, a))
                            .append(",BEN-")
                            .append(a)
                            .append(',')
                            .append(parts[a % 4])
                            .append(',')
                            .append(a)
                            .append(",SUBMITTED,2026-01-01 00:00:00+00,")
                            .append(weightedSum.toPlainString())
                            .append(',')
                            .append(weightSum.toPlainString())
                            .append('\n');
                }
                flush(assignments, rows, false);
            }
            flush(assignments, rows, true);
            assignments.endCopy();
            CopyIn copyMarks = copy.copyIn(
                    "copy jury_mark (id, assignment_id, criterion_id, mark, updated_at) from stdin (format csv)");
            long id = 0;
            for (int a = 0; a < applications; a++) {
                for (int j = 0; j < jurors; j++) {
                    UUID assignment = assignment(prefix, a, j);
                    for (int c = 0; c < criteria.size(); c++) {
                        rows.append(new UUID(prefix << 40 | 4L << 32, id++))
                                .append(',')
                                .append(assignment)
                                .append(',')
                                .append(criteria.get(c).id())
                                .append(',')
                                .append(marks[a][j][c].toPlainString())
                                .append(",2026-01-01 00:00:00+00\n");
                    }
                }
                flush(copyMarks, rows, false);
            }
            flush(copyMarks, rows, true);
            copyMarks.endCopy();
        }
    }

    private static UUID assignment(long prefix, int application, int juror) {
        return new UUID(prefix << 40 | 3L << 32 | juror, application);
    }

    private static void flush(CopyIn copy, StringBuilder rows, boolean always) throws Exception {
        if (always || rows.length() > 1 << 20) {
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            rows.setLength(0);
        }
    }

    /** Two warm-up rounds, then the median of {@link #ROUNDS}, printed and returned (ms). */
    private static double report(String what, Supplier<?> work) {
        work.get();
        work.get();
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double p50 = nanos[ROUNDS / 2] / 1e6;
        System.out.printf("BENCH %-50s p50 %8.1f ms   max %8.1f ms%n", what, p50, nanos[ROUNDS - 1] / 1e6);
        return p50;
    }
}
