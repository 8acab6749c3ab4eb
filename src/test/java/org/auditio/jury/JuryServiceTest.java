package org.auditio.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.candidates.MyApplications;
import org.auditio.candidates.SubmittedForJury;
import org.auditio.common.UserError;
import org.auditio.jury.JuryFixtures.Call;
import org.auditio.jury.JuryFixtures.Juror;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AuditioTest
class JuryServiceTest {

    @Autowired
    JuryPanels panels;

    @Autowired
    JuryWork work;

    @Autowired
    JuryScores scores;

    @Autowired
    SubmittedForJury submitted;

    @Autowired
    AuditionService auditions;

    @Autowired
    MyApplications applications;

    @Autowired
    TestClock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    List<org.auditio.media.MediaAccessPolicy> mediaAccess;

    @Autowired
    JuryFixtures fixtures;

    @Autowired
    AuditionFixtures auditionFixtures;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void k_jurors_per_application_with_loads_differing_by_at_most_one() {
        Call call = fixtures.closedCall(7, 4);
        start(call, Sharing.K_PER_APPLICATION, 2);

        Map<String, Long> jurorsPerCode = new java.util.HashMap<>();
        List<Integer> loads = call.jurors().stream()
                .map(j -> {
                    List<QueueEntry> queue = as(j, () -> work.queue(call.auditionId()));
                    queue.forEach(e -> jurorsPerCode.merge(e.code(), 1L, Long::sum));
                    return queue.size();
                })
                .toList();

        assertThat(jurorsPerCode)
                .hasSize(7)
                .allSatisfy((code, jurors) -> assertThat(jurors).isEqualTo(2));
        assertThat(Collections.max(loads) - Collections.min(loads)).isLessThanOrEqualTo(1);
        assertThat(loads.stream().mapToInt(Integer::intValue).sum()).isEqualTo(14);
    }

    @Test
    void everyone_hears_everyone_in_their_own_order_under_stable_anonymous_codes() {
        Call call = fixtures.closedCall(8, 2);
        start(call, Sharing.EVERYONE, 0);

        List<String> first = codes(call.jurors().get(0), call);
        List<String> second = codes(call.jurors().get(1), call);

        assertThat(first).hasSize(8).containsExactlyInAnyOrderElementsOf(second);
        assertThat(first).isNotEqualTo(second);
        assertThat(first).allMatch(code -> code.matches("YC\\d{0,2}-\\d{4}|[A-Z]+\\d*-\\d{4}"));
        assertThat(codes(call.jurors().get(0), call)).isEqualTo(first);
    }

    @Test
    void a_conflicted_juror_loses_the_candidate_and_another_juror_takes_it() {
        Call call = fixtures.closedCall(4, 3);
        start(call, Sharing.K_PER_APPLICATION, 2);
        Juror juror = call.jurors().stream()
                .filter(j -> !as(j, () -> work.queue(call.auditionId())).isEmpty())
                .findFirst()
                .orElseThrow();
        String code = as(juror, () -> work.queue(call.auditionId())).getFirst().code();

        as(juror, () -> {
            work.declareConflict(call.auditionId(), code, ConflictKind.TEACHER);
            return null;
        });

        assertThat(as(juror, () -> work.queue(call.auditionId())))
                .extracting(QueueEntry::code)
                .doesNotContain(code);
        assertThatThrownBy(() -> as(juror, () -> work.open(call.auditionId(), code)))
                .isInstanceOf(UserError.class)
                .hasMessage("jury.candidate.not-found");
        long stillOnIt = call.jurors().stream()
                .filter(j -> as(j, () -> work.queue(call.auditionId())).stream()
                        .anyMatch(e -> e.code().equals(code)))
                .count();
        assertThat(stillOnIt).isEqualTo(2);
    }

    @Test
    void an_organiser_records_a_conflict_and_the_juror_can_no_longer_open_the_application() {
        Call call = fixtures.closedCall(2, 2);
        start(call, Sharing.EVERYONE, 0);
        Juror juror = call.jurors().getFirst();
        UUID applicationId = asOrganiser(call, () -> submitted.of(call.auditionId()))
                .getFirst()
                .applicationId();
        List<String> before = codes(juror, call);

        asOrganiser(call, () -> {
            panels.recordConflict(call.auditionId(), applicationId, juror.id(), ConflictKind.FAMILY);
            return null;
        });

        List<String> after = codes(juror, call);
        assertThat(after).hasSize(1);
        String lost =
                before.stream().filter(c -> !after.contains(c)).findFirst().orElseThrow();
        assertThatThrownBy(() -> as(juror, () -> work.open(call.auditionId(), lost)))
                .hasMessage("jury.candidate.not-found");
        JurorProgress progress = asOrganiser(call, () -> panels.progress(call.auditionId())).jurors().stream()
                .filter(p -> p.jurorId().equals(juror.id()))
                .findFirst()
                .orElseThrow();
        assertThat(progress.assigned()).isEqualTo(1);
        assertThat(progress.conflicts()).isEqualTo(1);
    }

    @Test
    void a_mark_saved_from_a_stale_screen_is_refused_with_both_values() {
        Call call = fixtures.closedCall(1, 1);
        start(call, Sharing.EVERYONE, 0);
        Juror juror = call.jurors().getFirst();
        String code = codes(juror, call).getFirst();
        UUID criterion = firstCriterion(juror, call, code);

        var firstTab = as(juror, () -> work.mark(call.auditionId(), code, criterion, new BigDecimal("7"), null, null));
        as(juror, () -> work.mark(call.auditionId(), code, criterion, new BigDecimal("8"), firstTab.version(), null));

        assertThatThrownBy(() -> as(
                        juror,
                        () -> work.mark(
                                call.auditionId(), code, criterion, new BigDecimal("6.5"), firstTab.version(), null)))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("jury.mark.stale");
                    assertThat((BigDecimal) e.arguments()[0]).isEqualByComparingTo("8");
                    assertThat((BigDecimal) e.arguments()[1]).isEqualByComparingTo("6.5");
                });
        assertThatThrownBy(() ->
                        as(juror, () -> work.mark(call.auditionId(), code, criterion, new BigDecimal("5"), null, null)))
                .hasMessage("jury.mark.stale");
    }

    @Test
    void marks_follow_the_criterion_scale() {
        Call call = fixtures.closedCall(1, 1);
        start(call, Sharing.EVERYONE, 0);
        Juror juror = call.jurors().getFirst();
        String code = codes(juror, call).getFirst();
        UUID criterion = firstCriterion(juror, call, code);

        assertThatThrownBy(() -> as(
                        juror, () -> work.mark(call.auditionId(), code, criterion, new BigDecimal("10.5"), null, null)))
                .hasMessage("jury.mark.out-of-scale");
        assertThatThrownBy(() -> as(
                        juror, () -> work.mark(call.auditionId(), code, criterion, new BigDecimal("-1"), null, null)))
                .hasMessage("jury.mark.out-of-scale");
        assertThatThrownBy(() -> as(
                        juror, () -> work.mark(call.auditionId(), code, criterion, new BigDecimal("7.3"), null, null)))
                .hasMessage("jury.mark.off-step");
        assertThat(as(juror, () -> work.mark(call.auditionId(), code, criterion, new BigDecimal("9.5"), null, null))
                        .value())
                .isEqualByComparingTo("9.5");
    }

    @Test
    void a_change_after_submission_needs_a_reason_and_is_kept_in_the_audit_trail() {
        Call call = fixtures.closedCall(1, 1);
        start(call, Sharing.EVERYONE, 0);
        Juror juror = call.jurors().getFirst();
        String code = codes(juror, call).getFirst();
        scoreAll(juror, call, code, "6");
        as(juror, () -> work.submit(call.auditionId(), code));
        ScoreSheet.CriterionMark first =
                as(juror, () -> work.open(call.auditionId(), code)).rubric().getFirst();
        UUID criterion = first.criterion().id();
        assertThat(storedScores(call)).containsExactly(6.0);

        assertThatThrownBy(() -> as(
                        juror,
                        () -> work.mark(call.auditionId(), code, criterion, new BigDecimal("8"), first.version(), " ")))
                .hasMessage("jury.reason-required");
        as(
                juror,
                () -> work.mark(
                        call.auditionId(), code, criterion, new BigDecimal("8"), first.version(), "Heard it again"));
        // the score ranking reads is kept on the assignment: 8 and four 6s of equal weight
        assertThat(storedScores(call)).containsExactly(6.4);

        List<MarkChangeView> trail = as(juror, () -> work.changes(call.auditionId(), code));
        assertThat(trail).singleElement().satisfies(change -> {
            assertThat(change.oldValue()).isEqualByComparingTo("6");
            assertThat(change.newValue()).isEqualByComparingTo("8");
            assertThat(change.reason()).isEqualTo("Heard it again");
            assertThat(change.changedBy()).isEqualTo(juror.id());
            assertThat(change.changedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void other_jurors_marks_stay_hidden_until_the_juror_submitted_their_own() {
        Call call = fixtures.closedCall(1, 2);
        start(call, Sharing.EVERYONE, 0);
        Juror first = call.jurors().get(0);
        Juror second = call.jurors().get(1);
        String code = codes(first, call).getFirst();
        scoreAll(first, call, code, "9");
        as(first, () -> work.submit(call.auditionId(), code));

        assertThatThrownBy(() -> as(second, () -> work.othersMarks(call.auditionId(), code)))
                .hasMessage("jury.others.hidden");
        scoreAll(second, call, code, "4");
        assertThatThrownBy(() -> as(second, () -> work.othersMarks(call.auditionId(), code)))
                .hasMessage("jury.others.hidden");
        as(second, () -> work.submit(call.auditionId(), code));

        List<OtherJurorMarks> others = as(second, () -> work.othersMarks(call.auditionId(), code));
        assertThat(others)
                .singleElement()
                .satisfies(o -> assertThat(o.marks().values())
                        .allSatisfy(v -> assertThat(v).isEqualByComparingTo("9")));
    }

    @Test
    void where_the_organisers_chose_never_a_juror_never_sees_the_others_marks() {
        Call call = fixtures.closedCall(1, 2);
        start(call, Sharing.EVERYONE, 0);
        Juror first = call.jurors().get(0);
        Juror second = call.jurors().get(1);
        String code = codes(first, call).getFirst();
        for (Juror juror : List.of(first, second)) {
            scoreAll(juror, call, code, "7");
            as(juror, () -> work.submit(call.auditionId(), code));
        }
        assertThat(as(second, () -> work.othersMarksShown(call.auditionId(), code)))
                .isTrue();

        PanelView panel = asOrganiser(call, () -> panels.showOthersMarks(call.auditionId(), OthersMarks.NEVER));

        assertThat(panel.othersMarks()).isEqualTo(OthersMarks.NEVER);
        assertThat(as(second, () -> work.othersMarksShown(call.auditionId(), code)))
                .isFalse();
        assertThatThrownBy(() -> as(second, () -> work.othersMarks(call.auditionId(), code)))
                .hasMessage("jury.others.hidden");
    }

    @Test
    void the_anonymised_applications_are_listed_for_organisers_only_and_shown_one_at_a_time_to_jurors() {
        Call call = fixtures.closedCall(1, 1);
        start(call, Sharing.EVERYONE, 0);
        UUID applicationId = asOrganiser(call, () -> submitted.of(call.auditionId()))
                .getFirst()
                .applicationId();
        Juror juror = call.jurors().getFirst();

        assertThatThrownBy(() -> as(juror, () -> submitted.of(call.auditionId())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(
                        "someone@test.auditio", Role.CANDIDATE, () -> submitted.one(call.auditionId(), applicationId)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(as(juror, () -> submitted.one(call.auditionId(), applicationId)))
                .isPresent();
    }

    @Test
    void a_skipped_candidate_goes_to_the_end_of_the_jurors_queue_and_stays_there() {
        Call call = fixtures.closedCall(3, 2);
        start(call, Sharing.EVERYONE, 0);
        Juror juror = call.jurors().getFirst();
        List<String> before = codes(juror, call);
        List<String> othersOrder = codes(call.jurors().get(1), call);

        as(juror, () -> {
            work.skip(call.auditionId(), before.get(0));
            return null;
        });

        List<QueueEntry> after = as(juror, () -> work.queue(call.auditionId()));
        assertThat(after).extracting(QueueEntry::code).containsExactly(before.get(1), before.get(2), before.get(0));
        assertThat(after.getLast().state()).isEqualTo(AssignmentState.SKIPPED);
        assertThat(codes(call.jurors().get(1), call))
                .as("another juror's order is untouched")
                .isEqualTo(othersOrder);
        as(juror, () -> {
            work.skip(call.auditionId(), before.get(1));
            return null;
        });
        assertThat(as(juror, () -> work.queue(call.auditionId())))
                .extracting(QueueEntry::code)
                .containsExactly(before.get(2), before.get(0), before.get(1));
    }

    @Test
    void submitting_needs_every_criterion_and_abstaining_needs_a_reason() {
        Call call = fixtures.closedCall(2, 1);
        start(call, Sharing.EVERYONE, 0);
        Juror juror = call.jurors().getFirst();
        List<String> codes = codes(juror, call);
        as(
                juror,
                () -> work.mark(
                        call.auditionId(),
                        codes.get(0),
                        firstCriterion(juror, call, codes.get(0)),
                        BigDecimal.ONE,
                        null,
                        null));

        assertThatThrownBy(() -> as(juror, () -> work.submit(call.auditionId(), codes.get(0))))
                .hasMessage("jury.submit.incomplete");
        assertThatThrownBy(() -> as(juror, () -> {
                    work.abstain(call.auditionId(), codes.get(1), "");
                    return null;
                }))
                .hasMessage("jury.reason-required");
        as(juror, () -> {
            work.abstain(call.auditionId(), codes.get(1), "Recording cut off");
            work.skip(call.auditionId(), codes.get(0));
            return null;
        });

        assertThat(as(juror, () -> work.queue(call.auditionId())))
                .extracting(QueueEntry::code, QueueEntry::state)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(codes.get(1), AssignmentState.ABSTAINED),
                        org.assertj.core.groups.Tuple.tuple(codes.get(0), AssignmentState.SKIPPED));
    }

    @Test
    void scoring_is_refused_outside_review_and_after_the_organiser_closed_it() {
        Call call = fixtures.closedCall(1, 1);
        Juror juror = call.jurors().getFirst();
        asOrganiser(
                call, () -> panels.compose(call.auditionId(), List.of(juror.id()), juror.id(), Sharing.EVERYONE, 0));

        assertThatThrownBy(() -> as(juror, () -> work.queue(call.auditionId()))).hasMessage("jury.audition.not-found");

        asOrganiser(call, () -> panels.startScoring(call.auditionId()));
        assertThat(asOrganiser(call, () -> auditions.details(call.auditionId())).status())
                .isEqualTo(AuditionStatus.IN_REVIEW);
        String code = codes(juror, call).getFirst();
        UUID criterion = firstCriterion(juror, call, code);
        asOrganiser(call, () -> panels.closeScoring(call.auditionId()));

        assertThatThrownBy(() ->
                        as(juror, () -> work.mark(call.auditionId(), code, criterion, BigDecimal.ONE, null, null)))
                .hasMessage("jury.scoring.closed");
        asOrganiser(call, () -> auditions.publish(call.auditionId()));
        assertThatThrownBy(() -> asOrganiser(call, () -> panels.startScoring(call.auditionId())))
                .hasMessage("jury.scoring.needs-closed-call");
        assertThatThrownBy(() -> as(juror, () -> {
                    work.skip(call.auditionId(), code);
                    return null;
                }))
                .hasMessage("jury.scoring.closed");
    }

    @Test
    void another_organisation_cannot_see_or_compose_the_jury_and_strangers_cannot_guess_codes() {
        Call call = fixtures.closedCall(1, 1);
        start(call, Sharing.EVERYONE, 0);
        AuditionFixtures.Organiser stranger = auditionFixtures.organiser();
        Juror outsider = fixtures.closedCall(0, 1).jurors().getFirst();
        String code = codes(call.jurors().getFirst(), call).getFirst();

        assertThatThrownBy(
                        () -> AsUser.call(stranger.email(), Role.ORGANISER, () -> panels.progress(call.auditionId())))
                .hasMessage("audition.not-found");
        assertThatThrownBy(() ->
                        AsUser.call(stranger.email(), Role.ORGANISER, () -> panels.closeScoring(call.auditionId())))
                .hasMessage("audition.not-found");
        assertThatThrownBy(() -> as(outsider, () -> work.open(call.auditionId(), code)))
                .hasMessage("jury.audition.not-found");
        assertThatThrownBy(() -> as(call.jurors().getFirst(), () -> work.open(call.auditionId(), code + "0")))
                .hasMessage("jury.candidate.not-found");
    }

    @Test
    void an_organiser_reminds_only_the_jurors_who_are_behind() throws InterruptedException {
        Call call = fixtures.closedCall(1, 2);
        start(call, Sharing.EVERYONE, 0);
        Juror done = call.jurors().get(0);
        Juror behind = call.jurors().get(1);
        String code = codes(done, call).getFirst();
        scoreAll(done, call, code, "5");
        as(done, () -> work.submit(call.auditionId(), code));

        assertThat(asOrganiser(call, () -> panels.remindJurorsBehind(call.auditionId())))
                .isEqualTo(1);

        List<String> subjects = List.of();
        for (int i = 0; i < 50 && subjects.isEmpty(); i++) {
            Thread.sleep(100);
            subjects = jdbc.sql("select subject from outbound_mail where recipient = ? and subject like 'Scoring%'")
                    .param(behind.email())
                    .query(String.class)
                    .list();
        }
        assertThat(subjects).singleElement().asString().startsWith("Scoring reminder: Youth choir");
        assertThat(jdbc.sql("select count(*) from outbound_mail where recipient = ? and subject like 'Scoring%'")
                        .param(done.email())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_juror_may_play_the_recordings_of_their_queue_and_no_others() {
        Call call = fixtures.closedCall(2, 2);
        start(call, Sharing.EVERYONE, 0);
        Juror juror = call.jurors().get(0);
        Juror conflicted = call.jurors().get(1);
        String code = codes(juror, call).getFirst();
        UUID recording = as(juror, () -> work.open(call.auditionId(), code))
                .slots()
                .getFirst()
                .recordingId();
        Juror outsider = fixtures.closedCall(0, 1).jurors().getFirst();
        as(conflicted, () -> {
            work.declareConflict(call.auditionId(), code, ConflictKind.SAME_CHOIR);
            return null;
        });

        assertThat(as(juror, () -> mayPlay(recording))).isTrue();
        assertThat(as(conflicted, () -> mayPlay(recording))).isFalse();
        assertThat(as(outsider, () -> mayPlay(recording))).isFalse();
        assertThat(as(juror, () -> mayPlay(UUID.randomUUID()))).isFalse();
    }

    private boolean mayPlay(UUID recording) {
        return mediaAccess.stream().anyMatch(policy -> policy.currentUserMayPlay(recording));
    }

    @Test
    void progress_shows_each_jurors_severity() {
        Call call = fixtures.closedCall(2, 2);
        start(call, Sharing.EVERYONE, 0);
        Juror harsh = call.jurors().get(0);
        for (String code : codes(harsh, call)) {
            scoreAll(harsh, call, code, "2");
            as(harsh, () -> work.submit(call.auditionId(), code));
        }

        JuryProgress progress = asOrganiser(call, () -> panels.progress(call.auditionId()));

        JurorProgress mine = progress.jurors().stream()
                .filter(p -> p.jurorId().equals(harsh.id()))
                .findFirst()
                .orElseThrow();
        assertThat(mine.done()).isEqualTo(2);
        assertThat(mine.mean()).isEqualTo(2.0);
        assertThat(mine.spread()).isEqualTo(0.0);
        assertThat(mine.chair()).isTrue();
        JurorProgress other = progress.jurors().stream()
                .filter(p -> !p.jurorId().equals(harsh.id()))
                .findFirst()
                .orElseThrow();
        assertThat(other.mean()).isNull();
        assertThat(progress.sections().stream()
                        .mapToInt(SectionProgress::assigned)
                        .sum())
                .isEqualTo(4);
        assertThat(progress.sections().stream().mapToInt(SectionProgress::done).sum())
                .isEqualTo(2);
    }

    private void start(Call call, Sharing sharing, int k) {
        List<UUID> ids = call.jurors().stream().map(Juror::id).toList();
        asOrganiser(call, () -> {
            panels.compose(call.auditionId(), ids, ids.getFirst(), sharing, k);
            return panels.startScoring(call.auditionId());
        });
    }

    private List<String> codes(Juror juror, Call call) {
        return as(juror, () -> work.queue(call.auditionId())).stream()
                .map(QueueEntry::code)
                .collect(Collectors.toList());
    }

    private UUID firstCriterion(Juror juror, Call call, String code) {
        return as(juror, () -> work.open(call.auditionId(), code))
                .rubric()
                .getFirst()
                .criterion()
                .id();
    }

    private void scoreAll(Juror juror, Call call, String code, String mark) {
        for (var criterion : as(juror, () -> work.open(call.auditionId(), code)).rubric()) {
            as(
                    juror,
                    () -> work.mark(
                            call.auditionId(),
                            code,
                            criterion.criterion().id(),
                            new BigDecimal(mark),
                            criterion.version(),
                            null));
        }
    }

    private List<Double> storedScores(Call call) {
        return asOrganiser(call, () -> scores.weighted(call.auditionId())).applications().stream()
                .flatMapToDouble(application -> Arrays.stream(application.scores()))
                .boxed()
                .toList();
    }

    private <T> T as(Juror juror, Supplier<T> action) {
        return AsUser.call(juror.email(), Role.JUROR, action);
    }

    private <T> T asOrganiser(Call call, Supplier<T> action) {
        return AsUser.call(call.organiser().email(), Role.ORGANISER, action);
    }
}
