package org.auditio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.auditio.selection.SelectionFixtures.spec;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.candidates.ApplicationStage;
import org.auditio.candidates.MyApplication;
import org.auditio.candidates.MyApplications;
import org.auditio.candidates.Outcome;
import org.auditio.common.UserError;
import org.auditio.jury.ConflictKind;
import org.auditio.jury.JuryFreeze;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryScores;
import org.auditio.jury.Sharing;
import org.auditio.selection.SelectionFixtures.Call;
import org.auditio.selection.internal.MarksDigest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@AuditioTest
class DeliberationTest {

    static final List<VoicePartQuota> QUOTAS = List.of(
            new VoicePartQuota(VoicePart.S, 2, 1),
            new VoicePartQuota(VoicePart.A, 1, 0),
            new VoicePartQuota(VoicePart.T, 1, 0),
            new VoicePartQuota(VoicePart.B, 1, 0));

    /** Sopranos by score: Anke (DE) 9, Berta (DE) 8, Chloé (FR) 7, Dora (DE) 6, Eva (no marks). */
    static final List<SelectionFixtures.Spec> SINGERS = List.of(
            spec("Anke Adler", "DE", VoicePart.S, 9.0),
            spec("Berta Brandt", "DE", VoicePart.S, 8.0),
            spec("Chloé Caron", "FR", VoicePart.S, 7.0),
            spec("Dora Dietz", "DE", VoicePart.S, 6.0),
            spec("Eva Engel", "DE", VoicePart.S, null),
            spec("Ines Ito", "JP", VoicePart.A, 7.5),
            spec("Tomás Torres", "ES", VoicePart.T, 6.5),
            spec("Bjørn Berg", "NO", VoicePart.B, 8.5));

    @Autowired
    Deliberation deliberation;

    @Autowired
    PublishedResults results;

    @Autowired
    SelectionExports exports;

    @Autowired
    MyApplications myApplications;

    @Autowired
    JuryScores scores;

    @Autowired
    JuryPanels panels;

    @Autowired
    JuryFreeze juryFreeze;

    @Autowired
    AuditionService auditions;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    SelectionFixtures selections;

    @Autowired
    AuditionFixtures calls;

    Call call;

    @BeforeEach
    void auditionInReview() {
        call = selections.inReview(QUOTAS, SINGERS);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_assistant_follows_the_ranking_applies_the_country_cap_and_explains_every_skip() {
        Map<String, SelectionRow> rows = byName(asOrganiser(() -> deliberation.propose(call.auditionId(), 1)));

        assertThat(rows.get("Anke Adler").outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(rows.get("Berta Brandt").outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(rows.get("Berta Brandt").reservePosition()).isEqualTo(1);
        assertThat(rows.get("Berta Brandt").reasonKey()).isEqualTo("selection.reason.country-cap");
        assertThat(rows.get("Berta Brandt").reasonArguments()).containsExactly("DE", "1");
        assertThat(rows.get("Chloé Caron").outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(rows.get("Dora Dietz").outcome()).isEqualTo(Outcome.NOT_SELECTED);
        assertThat(rows.get("Dora Dietz").reasonKey()).isEqualTo("selection.reason.lists-full");
        assertThat(rows.get("Eva Engel").outcome()).isEqualTo(Outcome.NOT_SELECTED);
        assertThat(rows.get("Eva Engel").reasonKey()).isEqualTo("selection.reason.too-few-marks");

        Map<String, SelectionRow> uncapped = byName(asOrganiser(() -> deliberation.propose(call.auditionId(), null)));
        assertThat(uncapped.get("Berta Brandt").outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(uncapped.get("Chloé Caron").outcome()).isEqualTo(Outcome.RESERVE);
    }

    @Test
    void an_override_needs_a_reason_is_recorded_with_who_and_survives_a_new_run() {
        asOrganiser(() -> deliberation.propose(call.auditionId(), 1));
        UUID dora = call.named("Dora Dietz").applicationId();

        assertThatThrownBy(() -> asOrganiser(
                        () -> deliberation.override(call.auditionId(), dora, Outcome.SELECTED, null, "   ")))
                .isInstanceOfSatisfying(
                        UserError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.override.reason-required"));

        asOrganiser(() -> deliberation.override(
                call.auditionId(), dora, Outcome.SELECTED, null, "Only soprano who can sing the solo"));
        SelectionBoard board = asOrganiser(() -> deliberation.propose(call.auditionId(), 1));
        SelectionRow row = byName(board).get("Dora Dietz");

        assertThat(row.outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(row.overridden()).isTrue();
        assertThat(row.overrideReason()).isEqualTo("Only soprano who can sing the solo");
        assertThat(row.decidedBy()).isEqualTo(call.organiser().email());
        assertThat(row.decidedAt()).isEqualTo(clock.instant());
        // The override counts first: Dora now holds the only German place, so Anke waits in reserve.
        assertThat(byName(board).get("Anke Adler").outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(byName(board).get("Anke Adler").reasonKey()).isEqualTo("selection.reason.country-cap");
        assertThat(board.parts())
                .filteredOn(p -> p.part() == VoicePart.S)
                .singleElement()
                .satisfies(p -> assertThat(p.selected()).as("Dora and Chloé").isEqualTo(2));

        asOrganiser(() -> deliberation.override(call.auditionId(), dora, Outcome.RESERVE, 1, "Solo cut after all"));
        SelectionRow second =
                byName(asOrganiser(() -> deliberation.board(call.auditionId()))).get("Dora Dietz");
        assertThat(second.outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(second.reservePosition()).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select reason from selection_override_log where application_id = ? order by decided_at, reason")
                        .param(dora)
                        .query(String.class)
                        .list())
                .as("the replaced override stays in the log")
                .containsExactlyInAnyOrder("Only soprano who can sing the solo", "Solo cut after all");
    }

    @Test
    void publication_freezes_marks_and_decisions_in_the_database_and_tells_every_applicant() {
        asOrganiser(() -> deliberation.propose(call.auditionId(), 1));
        Publication publication = asOrganiser(() -> deliberation.publish(call.auditionId()));

        assertThat(publication.marksDigest())
                .isEqualTo(MarksDigest.of(asOrganiser(() -> scores.submitted(call.auditionId()))))
                .hasSize(64);
        assertThat(publication.marksCount()).isPositive();
        assertThat(asOrganiser(() -> auditions.details(call.auditionId()).status()))
                .isEqualTo(AuditionStatus.PUBLISHED);

        assertThatThrownBy(() -> jdbc.sql("""
                                update jury_mark set mark = 10 where assignment_id in
                                    (select id from jury_assignment where audition_id = ?)""").param(call.auditionId()).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.sql("update selection_decision set outcome = 'SELECTED' where audition_id = ?")
                        .param(call.auditionId())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.sql("delete from selection_published_entry where audition_id = ?")
                        .param(call.auditionId())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update application set outcome = 'SELECTED' where audition_id = ?")
                        .param(call.auditionId())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("told its outcome");
        assertThatThrownBy(() -> asOrganiser(() -> deliberation.override(
                        call.auditionId(), call.named("Dora Dietz").applicationId(), Outcome.SELECTED, null, "late")))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.messageKey()).isEqualTo("selection.published"));

        assertThatThrownBy(() -> AsUser.run(
                        call.organiser().email(),
                        Role.ORGANISER,
                        () -> panels.recordConflict(
                                call.auditionId(),
                                call.named("Anke Adler").applicationId(),
                                UUID.randomUUID(),
                                ConflictKind.TEACHER)))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.messageKey()).isEqualTo("jury.results-published"));

        PublicResults published = results.of(call.auditionId()).orElseThrow();
        assertThat(published.selected(VoicePart.S))
                .extracting(PublicResults.Entry::name)
                .containsExactly("Anke Adler", "Chloé Caron");
        assertThat(published.reserve(VoicePart.S))
                .extracting(PublicResults.Entry::name)
                .containsExactly("Berta Brandt");

        SelectionFixtures.Applicant berta = call.named("Berta Brandt");
        MyApplication mine =
                AsUser.call(berta.email(), Role.CANDIDATE, () -> myApplications.get(berta.applicationId()));
        assertThat(mine.stage()).isEqualTo(ApplicationStage.RESULTS_PUBLISHED);
        assertThat(mine.outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(mine.reservePosition()).isEqualTo(1);
    }

    @Test
    void
            after_publication_a_direct_sql_update_of_a_mark_is_refused_while_an_unpublished_auditions_marks_still_change() {
        Call unpublished = selections.inReview(QUOTAS, SINGERS);
        String raise = """
                update jury_mark set mark = mark + 0.5 where assignment_id in
                    (select id from jury_assignment where audition_id = ?)""";
        asOrganiser(() -> deliberation.propose(call.auditionId(), 1));

        asOrganiser(() -> deliberation.publish(call.auditionId()));

        assertThatThrownBy(() -> jdbc.sql(raise).param(call.auditionId()).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("is published: its jury's marks, assignments and conflicts are frozen");
        assertThat(asOrganiser(() -> juryFreeze.frozen(call.auditionId()))).isTrue();
        BigDecimal before = marksTotal(unpublished);
        assertThat(jdbc.sql(raise).param(unpublished.auditionId()).update()).isPositive();
        assertThat(marksTotal(unpublished)).isGreaterThan(before);
        assertThat(AsUser.call(
                        unpublished.organiser().email(),
                        Role.ORGANISER,
                        () -> juryFreeze.frozen(unpublished.auditionId())))
                .isFalse();
    }

    @Test
    void only_publication_freezes_the_jury_and_only_for_the_auditions_organisers() {
        assertThatThrownBy(() -> asOrganiser(() -> {
                    juryFreeze.freeze(call.auditionId());
                    return null;
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only publication freezes");
        String stranger = calls.organiser().email();
        assertThatThrownBy(() -> AsUser.call(stranger, Role.ORGANISER, () -> juryFreeze.frozen(call.auditionId())))
                .isInstanceOf(UserError.class);

        assertThat(jdbc.sql("update jury_mark set mark = mark where assignment_id in"
                                + " (select id from jury_assignment where audition_id = ?)")
                        .param(call.auditionId())
                        .update())
                .as("nothing was frozen")
                .isPositive();
    }

    private BigDecimal marksTotal(Call of) {
        return jdbc.sql("""
                        select sum(mark) from jury_mark where assignment_id in
                            (select id from jury_assignment where audition_id = ?)""").param(of.auditionId()).query(BigDecimal.class).single();
    }

    @Test
    void the_exports_carry_every_jurors_marks_the_decisions_and_their_reasons() {
        asOrganiser(() -> deliberation.propose(call.auditionId(), 1));
        List<String> ranking = lines(asOrganiser(() -> exports.ranking(call.auditionId(), Locale.ENGLISH)));
        int criteria = asOrganiser(
                () -> auditions.details(call.auditionId()).criteria().size());

        assertThat(ranking.getFirst()).startsWith("Section,Rank in section,Code,Name,Country");
        assertThat(ranking.getFirst().split(",")).hasSize(13 + 2 * criteria);
        String anke = line(ranking, "Anke Adler");
        assertThat(anke).contains(",Selected,");
        assertThat(java.util.Arrays.stream(anke.split(",", -1)).filter("9"::equals))
                .as("two jurors' marks on every criterion")
                .hasSize(2 * criteria);
        assertThat(line(ranking, "Berta Brandt")).contains(",Reserve,1,,Country cap for Germany reached (1),,,");
        assertThat(line(ranking, "Eva Engel")).contains("Too few marks to be ranked");

        List<String> cards = lines(asOrganiser(() -> exports.scorecards(call.auditionId(), Locale.FRENCH)));
        assertThat(cards.getFirst()).startsWith("Juré,Code,Nom,Voix");
        assertThat(cards).hasSize(1 + 2 * 7);
    }

    @Test
    void results_are_public_only_once_published() {
        asOrganiser(() -> deliberation.propose(call.auditionId(), null));
        assertThat(results.of(call.auditionId())).isEmpty();
        assertThat(results.of(UUID.randomUUID())).isEmpty();
    }

    @Test
    void a_candidate_or_another_organisations_organiser_may_not_deliberate() {
        SelectionFixtures.Applicant anke = call.named("Anke Adler");
        assertThatThrownBy(() -> AsUser.call(anke.email(), Role.CANDIDATE, () -> deliberation.board(call.auditionId())))
                .isInstanceOf(AccessDeniedException.class);

        String stranger = calls.organiser().email();
        assertThatThrownBy(() ->
                        AsUser.call(stranger, Role.ORGANISER, () -> deliberation.propose(call.auditionId(), null)))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.messageKey()).isEqualTo("audition.not-found"));
        assertThatThrownBy(() -> AsUser.call(stranger, Role.ORGANISER, () -> deliberation.publish(call.auditionId())))
                .isInstanceOf(UserError.class);
    }

    @Test
    void the_jury_chair_proposes_and_overrides_but_the_organisation_publishes() {
        String chair = TestAccounts.uniqueEmail("chair");
        String juror = TestAccounts.uniqueEmail("juror");
        asOrganiser(() -> {
            UUID chairId =
                    administration.inviteJuror(chair, "Chair", Locale.ENGLISH).id();
            UUID jurorId =
                    administration.inviteJuror(juror, "Juror", Locale.ENGLISH).id();
            return panels.compose(call.auditionId(), List.of(chairId, jurorId), chairId, Sharing.EVERYONE, 0);
        });

        Map<String, SelectionRow> proposed =
                byName(AsUser.call(chair, Role.JUROR, () -> deliberation.propose(call.auditionId(), 1)));
        assertThat(proposed.get("Berta Brandt").outcome()).isEqualTo(Outcome.RESERVE);
        UUID berta = call.named("Berta Brandt").applicationId();
        Map<String, SelectionRow> overridden = byName(AsUser.call(
                chair,
                Role.JUROR,
                () -> deliberation.override(call.auditionId(), berta, Outcome.SELECTED, null, "Best sight-reader")));
        assertThat(overridden.get("Berta Brandt").outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(overridden.get("Berta Brandt").decidedBy()).isEqualTo(chair);

        assertThatThrownBy(() -> AsUser.call(chair, Role.JUROR, () -> deliberation.publish(call.auditionId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(juror, Role.JUROR, () -> deliberation.board(call.auditionId())))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.messageKey()).isEqualTo("audition.not-found"));
    }

    private <T> T asOrganiser(java.util.function.Supplier<T> action) {
        return AsUser.call(call.organiser().email(), Role.ORGANISER, action);
    }

    private static List<String> lines(byte[] csv) {
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        return List.of(text.split("\r\n"));
    }

    private static String line(List<String> lines, String name) {
        return lines.stream().filter(l -> l.contains(name)).findFirst().orElseThrow();
    }

    private static Map<String, SelectionRow> byName(SelectionBoard board) {
        return board.rows().stream().collect(Collectors.toMap(SelectionRow::name, Function.identity()));
    }
}
