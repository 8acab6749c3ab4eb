package org.auditio.candidates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.accounts.DemoAccountDirectory;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.DemoAuditionIds;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ApplicationFilter;
import org.auditio.candidates.ApplicationRow;
import org.auditio.candidates.ApplicationSort;
import org.auditio.candidates.ApplicationStatistics;
import org.auditio.candidates.ApplicationStatus;
import org.auditio.candidates.AuditionApplications;
import org.auditio.media.DemoRecordings;
import org.auditio.media.internal.DemoTakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo as a new organiser finds it. The seeders exist only where the demo is enabled; rather
 * than a second application context (Vaadin replaces Spring Security's global context holder
 * strategy per context, which breaks the shared one), they are created here in the shared one,
 * with their transactions and method security, and run once.
 */
@AuditioTest
class DemoSeedingTest {

    static final String ORGANISER = "organiser@auditio.demo";
    static final List<String> SEEDERS = List.of(
            "org.auditio.accounts.internal.DemoAccounts",
            "org.auditio.auditions.internal.DemoAuditions",
            DemoApplicants.class.getName());

    private static List<ApplicationRunner> runners = List.of();

    @Autowired
    AuditionService auditions;

    @Autowired
    AuditionApplications dashboard;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void seedOnce() throws Exception {
        if (!runners.isEmpty()) {
            return;
        }
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        if (!beans.containsBean("demoAccountDirectory")) {
            beans.registerSingleton("demoAccountDirectory", beans.createBean(DemoAccountDirectory.class));
        }
        if (!beans.containsBean("demoRecordings")) {
            beans.registerSingleton("demoTakes", beans.createBean(DemoTakes.class));
            beans.registerSingleton("demoRecordings", beans.createBean(DemoRecordings.class));
        }
        List<ApplicationRunner> created = new ArrayList<>();
        for (String seeder : SEEDERS) {
            created.add((ApplicationRunner) beans.createBean(Class.forName(seeder)));
        }
        for (ApplicationRunner runner : created) {
            runner.run(new DefaultApplicationArguments());
        }
        runners = created;
    }

    @Test
    void the_demo_organiser_finds_an_open_roadshow_and_the_closed_world_youth_choir_2019() {
        AuditionDetails roadshow = as(() -> auditions.details(DemoAuditionIds.SINGING_ROADSHOW_3));
        assertThat(roadshow.status()).isEqualTo(AuditionStatus.OPEN);
        assertThat(roadshow.acceptingApplications()).isTrue();
        assertThat(roadshow.place()).isEqualTo("Nancy");
        assertThat(roadshow.eventStart().getMonthValue()).isEqualTo(1);
        assertThat(roadshow.eventStart().getDayOfMonth()).isEqualTo(28);
        AuditionDetails wyc = as(() -> auditions.details(DemoAuditionIds.WORLD_YOUTH_CHOIR_2019));
        // The jury demo (run by its own test in the same database) may have moved it on to review.
        assertThat(wyc.status()).isIn(AuditionStatus.CLOSED, AuditionStatus.IN_REVIEW);
        assertThat(wyc.organisationName()).isEqualTo("Musique en Territoires");
    }

    @Test
    void the_world_youth_choir_2019_has_250_applicants_from_about_40_countries_aged_17_to_26() {
        UUID wyc = DemoAuditionIds.WORLD_YOUTH_CHOIR_2019;
        ApplicationStatistics statistics = as(() -> dashboard.statistics(wyc));
        assertThat(statistics.count(ApplicationStatus.SUBMITTED)).isEqualTo(250);
        assertThat(statistics.submittedByCountry()).hasSizeBetween(38, 45);
        assertThat(statistics.submittedByVoicePart())
                .containsOnlyKeys(VoicePart.S, VoicePart.A, VoicePart.T, VoicePart.B)
                .allSatisfy((part, count) -> assertThat(count).isGreaterThan(30));
        List<ApplicationRow> everyone =
                as(() -> dashboard.page(wyc, ApplicationFilter.NONE, ApplicationSort.DEFAULT, 0, 500));
        assertThat(everyone)
                .hasSize(250)
                .allSatisfy(row -> assertThat(row.age()).isBetween(17, 26));
        assertThat(as(() -> dashboard.count(wyc, new ApplicationFilter(VoicePart.T, null, null, null, null, null))))
                .isEqualTo(statistics.submittedByVoicePart().get(VoicePart.T));
    }

    @Test
    void seeding_again_changes_nothing() throws Exception {
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(as(() -> dashboard.count(DemoAuditionIds.WORLD_YOUTH_CHOIR_2019, ApplicationFilter.NONE)))
                .isEqualTo(250);
    }

    @Test
    void the_applicants_are_the_same_on_every_run() {
        List<DemoPeople.Person> once =
                DemoPeople.generate(2019, 250, LocalDate.of(1992, 7, 2), LocalDate.of(2002, 7, 1));
        List<DemoPeople.Person> again =
                DemoPeople.generate(2019, 250, LocalDate.of(1992, 7, 2), LocalDate.of(2002, 7, 1));
        assertThat(once).isEqualTo(again);
        assertThat(once.stream().map(DemoPeople.Person::email).distinct()).hasSize(250);
        assertThat(once.stream().map(DemoPeople.Person::country).distinct()).hasSize(43);
    }

    @Test
    void every_demo_take_is_a_file_of_its_own_so_no_recording_is_flagged_as_another_candidates_file() {
        Map<String, Object> files = jdbc.queryForMap(
                "select count(*) as takes, count(distinct sha256) as files from recording where display_name = ?",
                "recording.wav");
        assertThat(((Number) files.get("takes")).longValue()).isGreaterThanOrEqualTo(1000);
        assertThat(files.get("files")).isEqualTo(files.get("takes"));
    }

    private static <T> T as(Supplier<T> action) {
        return AsUser.call(ORGANISER, Role.ORGANISER, action);
    }
}
