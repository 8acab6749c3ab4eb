package org.auditio.jury.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.accounts.DemoAccountDirectory;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.DemoAuditionIds;
import org.auditio.auditions.DemoReviews;
import org.auditio.jury.AssignmentState;
import org.auditio.jury.JuryWork;
import org.auditio.jury.MyPanel;
import org.auditio.jury.QueueEntry;
import org.auditio.jury.ScoreSheet;
import org.auditio.media.DemoRecordings;
import org.auditio.media.Playback;
import org.auditio.media.RecordingInfo;
import org.auditio.media.Recordings;
import org.auditio.media.internal.DemoTakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The WYC 2019 demo jury as a visitor finds it. Like the candidates' demo test, the seeders are
 * created in the shared context (they exist only where the demo is enabled) and run once.
 */
@AuditioTest
class DemoJuryTest {

    static final List<String> SEEDERS = List.of(
            "org.auditio.accounts.internal.DemoAccounts",
            "org.auditio.auditions.internal.DemoAuditions",
            "org.auditio.candidates.internal.DemoApplicants",
            DemoJury.class.getName());

    private static List<ApplicationRunner> runners = List.of();

    @Autowired
    JuryWork work;

    @Autowired
    Recordings recordings;

    @Autowired
    WebApplicationContext web;

    @Autowired
    ConfigurableApplicationContext context;

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
        if (!beans.containsBean("demoReviews")) {
            beans.registerSingleton("demoReviews", beans.createBean(DemoReviews.class));
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
    void the_four_jurors_have_heard_everyone_and_the_demo_juror_nobody() {
        MyPanel wyc = as("conductor@auditio.demo", () -> work.myPanels()).stream()
                .filter(p -> p.auditionId().equals(DemoAuditionIds.WORLD_YOUTH_CHOIR_2019))
                .findFirst()
                .orElseThrow();
        assertThat(wyc.status()).isEqualTo(AuditionStatus.IN_REVIEW);
        assertThat(wyc.scoringOpen()).isTrue();
        assertThat(wyc.assigned()).isEqualTo(250);
        assertThat(wyc.done()).isEqualTo(250);
        List<QueueEntry> conductor = queue("conductor@auditio.demo");
        assertThat(conductor).allMatch(e -> e.code().matches("WYC19-\\d{4}"));
        assertThat(conductor)
                .filteredOn(e -> e.state() == AssignmentState.ABSTAINED)
                .hasSize(1);
        assertThat(queue("ifcm@auditio.demo"))
                .as("two conflicts: those candidates left the IFCM representative's queue")
                .hasSize(248)
                .allMatch(e -> e.state() == AssignmentState.SUBMITTED);
        assertThat(queue("juror@auditio.demo"))
                .hasSize(250)
                .noneMatch(e -> e.state().done());
    }

    @Test
    void jurors_differ_in_severity_and_agree_on_who_sings_well() {
        Map<String, Double> conductor = totals("conductor@auditio.demo");
        Map<String, Double> ifcm = totals("ifcm@auditio.demo");
        Map<String, Double> eca = totals("eca@auditio.demo");
        assertThat(mean(ifcm)).isLessThan(mean(conductor) - 0.3);
        assertThat(mean(eca)).isGreaterThan(mean(conductor) + 0.3);
        List<String> shared =
                conductor.keySet().stream().filter(eca::containsKey).toList();
        double agreement = correlation(
                shared.stream().map(conductor::get).toList(),
                shared.stream().map(eca::get).toList());
        assertThat(agreement).isBetween(0.6, 0.97);
    }

    @Test
    void every_juror_hears_all_candidates_in_their_own_order() {
        List<String> orders = new ArrayList<>();
        for (String juror : DemoJury.JURORS) {
            orders.add(queue(juror).stream().map(QueueEntry::code).toList().toString());
        }
        assertThat(orders).doesNotHaveDuplicates();
    }

    @Test
    void every_slot_holds_a_playable_generated_recording_of_its_own() throws Exception {
        ScoreSheet sheet = as(
                "juror@auditio.demo",
                () -> work.open(
                        DemoAuditionIds.WORLD_YOUTH_CHOIR_2019,
                        queue("juror@auditio.demo").getFirst().code()));
        assertThat(sheet.slots()).hasSize(4);
        List<RecordingInfo> played = sheet.slots().stream()
                .map(slot -> as("juror@auditio.demo", () -> recordings.find(slot.recordingId()))
                        .orElseThrow())
                .toList();
        assertThat(played).allSatisfy(recording -> {
            assertThat(recording.duration()).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(11));
            assertThat(recording.contentType()).isEqualTo("audio/vnd.wave");
        });
        assertThat(played.stream().map(RecordingInfo::sha256).distinct()).hasSize(4);

        MockMvc mvc = Playback.endpoint(web);
        MockHttpServletResponse response = mvc.perform(get(played.getFirst().playbackPath())
                        .header("Range", "bytes=0-11")
                        .session(Playback.loggedIn("juror@auditio.demo", Role.JUROR)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(new String(response.getContentAsByteArray(), 0, 4, StandardCharsets.US_ASCII))
                .isEqualTo("RIFF");
        assertThat(new String(response.getContentAsByteArray(), 8, 4, StandardCharsets.US_ASCII))
                .isEqualTo("WAVE");
    }

    @Test
    void seeding_again_changes_nothing() throws Exception {
        List<QueueEntry> before = queue("ifcm@auditio.demo");
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(queue("ifcm@auditio.demo")).isEqualTo(before);
    }

    /** Each candidate's weighted total from this juror, by code. */
    private Map<String, Double> totals(String juror) {
        Map<String, Double> totals = new HashMap<>();
        as(juror, () -> work.myMarks(DemoAuditionIds.WORLD_YOUTH_CHOIR_2019)).stream()
                .filter(row -> row.weightedTotal() != null)
                .forEach(row -> totals.put(row.code(), row.weightedTotal().doubleValue()));
        return totals;
    }

    private static double mean(Map<String, Double> totals) {
        return totals.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
    }

    private static double correlation(List<Double> x, List<Double> y) {
        double mx = x.stream().mapToDouble(d -> d).average().orElseThrow();
        double my = y.stream().mapToDouble(d -> d).average().orElseThrow();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.size(); i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
            syy += (y.get(i) - my) * (y.get(i) - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private List<QueueEntry> queue(String juror) {
        return as(juror, () -> work.queue(DemoAuditionIds.WORLD_YOUTH_CHOIR_2019));
    }

    private static <T> T as(String email, Supplier<T> action) {
        return AsUser.call(email, Role.JUROR, action);
    }
}
