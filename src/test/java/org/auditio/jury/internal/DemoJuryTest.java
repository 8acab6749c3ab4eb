package org.auditio.jury.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;

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
    void the_conductor_finds_the_world_youth_choir_in_review_with_250_candidates_twelve_already_scored() {
        MyPanel wyc = as("conductor@auditio.demo", () -> work.myPanels()).stream()
                .filter(p -> p.auditionId().equals(DemoAuditionIds.WORLD_YOUTH_CHOIR_2019))
                .findFirst()
                .orElseThrow();
        assertThat(wyc.status()).isEqualTo(AuditionStatus.IN_REVIEW);
        assertThat(wyc.scoringOpen()).isTrue();
        assertThat(wyc.assigned()).isEqualTo(250);
        assertThat(wyc.done()).isEqualTo(12);
        List<QueueEntry> queue = queue("conductor@auditio.demo");
        assertThat(queue).allMatch(e -> e.code().matches("WYC19-\\d{4}"));
        assertThat(queue.subList(0, 12)).allMatch(e -> e.state() == AssignmentState.SUBMITTED);
    }

    @Test
    void every_juror_of_the_four_and_the_demo_juror_hears_all_candidates_in_their_own_order() {
        List<String> orders = new ArrayList<>();
        for (String juror : DemoJury.JURORS) {
            List<QueueEntry> queue = queue(juror);
            assertThat(queue).hasSize(250);
            orders.add(queue.stream().map(QueueEntry::code).toList().toString());
        }
        assertThat(orders).doesNotHaveDuplicates();
        assertThat(queue("juror@auditio.demo")).noneMatch(e -> e.state().done());
    }

    @Test
    void seeding_again_changes_nothing() throws Exception {
        List<QueueEntry> before = queue("ifcm@auditio.demo");
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(queue("ifcm@auditio.demo")).isEqualTo(before);
    }

    private List<QueueEntry> queue(String juror) {
        return as(juror, () -> work.queue(DemoAuditionIds.WORLD_YOUTH_CHOIR_2019));
    }

    private static <T> T as(String email, Supplier<T> action) {
        return AsUser.call(email, Role.JUROR, action);
    }
}
