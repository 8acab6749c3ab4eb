package org.auditio.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Supplier;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.candidates.MyApplications;
import org.auditio.common.UserError;
import org.auditio.jury.JuryFixtures;
import org.auditio.jury.JuryFixtures.Call;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AuditioTest
class RankingsTest {

    @Autowired
    Rankings rankings;

    @Autowired
    JuryPanels panels;

    @Autowired
    JuryWork work;

    @Autowired
    MyApplications applications;

    @Autowired
    TestClock clock;

    @Autowired
    JuryFixtures fixtures;

    @Autowired
    CandidateFixtures candidates;

    RankingFixtures jury;

    @BeforeEach
    void fixtures() {
        jury = new RankingFixtures(panels, work);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_conflicted_juror_counts_as_absent_and_the_chosen_method_is_kept_with_its_seed() {
        Call call = fixtures.closedCall(4, 3);
        jury.start(call);
        List<String> codes = jury.codes(call);
        jury.declareConflict(call, call.jurors().get(2), codes.get(0));
        // juror × code: the conflicted cell would otherwise have pulled code 0 down
        String[][] marks = {{"8", "6", "5", "7"}, {"9", "6", "4", "7"}, {null, "9", "3", "7.5"}};
        jury.scoreAll(call, codes, (j, c) -> marks[j][c]);

        Ranking mean = organiser(call, () -> rankings.chosen(call.auditionId()));
        assertThat(mean.method()).isEqualTo(AggregationMethod.MEAN);
        assertThat(mean.applications())
                .extracting(RankedApplication::code)
                .containsExactly(codes.get(0), codes.get(3), codes.get(1), codes.get(2));
        RankedApplication first = mean.applications().getFirst();
        assertThat(first.jurors()).isEqualTo(2);
        assertThat(first.score()).isCloseTo(8.5, within(1e-9));
        assertThat(first.sectionRank()).isEqualTo(1);

        RankingSettings median = new RankingSettings(AggregationMethod.MEDIAN, 3, 5, 10, 0);
        RankingSettings saved = organiser(call, () -> rankings.choose(call.auditionId(), median));
        RankingSettings again =
                organiser(call, () -> rankings.choose(call.auditionId(), median.with(AggregationMethod.MEDIAN)));
        assertThat(again.seed()).isEqualTo(saved.seed());

        Ranking chosen = chair(call, () -> rankings.chosen(call.auditionId()));
        assertThat(chosen.method()).isEqualTo(AggregationMethod.MEDIAN);
        assertThat(chosen.applications().getLast())
                .satisfies(a -> assertThat(a.tooFewMarks()).isTrue())
                .satisfies(a -> assertThat(a.code()).isEqualTo(codes.get(0)))
                .satisfies(a -> assertThat(a.ranked()).isFalse());

        DeliberationReport report =
                chair(call, () -> rankings.report(call.auditionId(), median.with(AggregationMethod.Z_SCORE)));
        assertThat(report.settings().seed()).isEqualTo(saved.seed());
        assertThat(report.jurors())
                .hasSize(3)
                .first()
                .satisfies(j -> assertThat(j.chair()).isTrue());
        assertThat(report.reliability().alpha()).isNotNull();
        assertThat(report.reliability().criteria()).hasSize(5);
        assertThat(report.reliability().kendallApplications()).isEqualTo(3);
        assertThat(report.applications()).hasSameSizeAs(report.ranking().applications());
    }

    @Test
    void only_the_organisers_the_admins_and_the_chair_deliberate() {
        Call call = fixtures.closedCall(2, 2);
        jury.start(call);
        Call other = fixtures.closedCall(0, 0);
        String candidate = candidates.eligibleCandidate();

        assertThat(chair(call, () -> rankings.chosen(call.auditionId())).applications())
                .isEmpty();
        assertThatThrownBy(() ->
                        AsUser.call(call.jurors().get(1).email(), Role.JUROR, () -> rankings.chosen(call.auditionId())))
                .isInstanceOf(UserError.class);
        assertThatThrownBy(() -> organiser(other, () -> rankings.chosen(call.auditionId())))
                .isInstanceOf(UserError.class);
        assertThatThrownBy(() -> AsUser.call(candidate, Role.CANDIDATE, () -> rankings.chosen(call.auditionId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> chair(call, () -> rankings.choose(call.auditionId(), RankingSettings.defaults(1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static <T> T organiser(Call call, Supplier<T> action) {
        return AsUser.call(call.organiser().email(), Role.ORGANISER, action);
    }

    private static <T> T chair(Call call, Supplier<T> action) {
        return AsUser.call(call.jurors().getFirst().email(), Role.JUROR, action);
    }
}
