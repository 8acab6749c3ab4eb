package org.auditio.bench;

import java.util.UUID;
import java.util.function.Supplier;
import org.auditio.AsUser;
import org.auditio.accounts.Role;
import org.auditio.auditions.DemoAuditionIds;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ApplicationFilter;
import org.auditio.candidates.ApplicationSort;
import org.auditio.candidates.AuditionApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organisers' list of the World Youth Choir 2019 demo (250 applicants): one page, sorted and
 * filtered, end to end through the service, against a plain SQL count of the same rows as the
 * baseline. A measurement, not a test: run it alone with
 * {@code mvn test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = "auditio.demo.enabled=true")
class DashboardBenchmark {

    private static final int ROUNDS = 300;

    @Autowired
    AuditionApplications applications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void measure() {
        UUID wyc = DemoAuditionIds.WORLD_YOUTH_CHOIR_2019;
        ApplicationFilter sopranosFromFrance = new ApplicationFilter(VoicePart.S, "FR", null, null, null, null);
        ApplicationSort byAge = new ApplicationSort(ApplicationSort.Field.AGE, false);
        AsUser.run("organiser@auditio.demo", Role.ORGANISER, () -> {
            report(
                    "first page of 50, by name",
                    () -> applications.page(wyc, ApplicationFilter.NONE, ApplicationSort.DEFAULT, 0, 50));
            report(
                    "last page, by age, descending",
                    () -> applications.page(wyc, ApplicationFilter.NONE, byAge, 200, 50));
            report(
                    "filtered (S, FR) and counted",
                    () -> applications.count(wyc, sopranosFromFrance)
                            + applications
                                    .page(wyc, sopranosFromFrance, byAge, 0, 50)
                                    .size());
            report("statistics by status, part, country", () -> applications.statistics(wyc));
        });
        report(
                "baseline: SQL count(*) of the rows",
                () -> jdbc.sql("select count(*) from application where audition_id = ?")
                        .param(wyc)
                        .query(Long.class)
                        .single());
    }

    private static void report(String what, Supplier<?> work) {
        Timing.report(what, ROUNDS, work);
    }
}
