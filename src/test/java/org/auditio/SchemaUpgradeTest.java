package org.auditio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upgrades of a database that production already has: each test migrates a database of its own
 * with the application's Flyway settings, step by step.
 */
@AuditioTest
class SchemaUpgradeTest {

    static final Instant PUBLISHED_AT = Instant.parse("2026-06-30T18:00:00Z");

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Test
    void the_application_refuses_out_of_order_migrations_and_checks_applied_ones_before_migrating() {
        Configuration settings = flyway.getConfiguration();

        assertThat(settings.isOutOfOrder()).as("out-of-order").isFalse();
        assertThat(settings.isValidateOnMigrate()).as("validate on migrate").isTrue();
        assertThat(settings.isValidateMigrationNaming())
                .as("misnamed files fail")
                .isTrue();
        assertThat(settings.isGroup()).as("one upgrade, one transaction").isTrue();
        assertThat(flyway.info().pending())
                .as("the tests' database is at the latest version")
                .isEmpty();
    }

    @Test
    void a_database_at_V50_with_a_published_audition_upgrades_and_its_marks_stay_frozen() throws SQLException {
        try (ScratchDatabase db = new ScratchDatabase(dataSource)) {
            db.flyway(flyway).target("50").load().migrate();
            JdbcClient jdbc = db.jdbc();
            UUID published = audition(jdbc);
            UUID inReview = audition(jdbc);
            UUID publishedMark = mark(jdbc, published);
            UUID inReviewMark = mark(jdbc, inReview);
            publish(jdbc, published);
            assertThatThrownBy(() -> setMark(jdbc, publishedMark, 1))
                    .as("V50 freezes it before the upgrade")
                    .hasMessageContaining("published");

            MigrateResult upgrade = db.flyway(flyway).load().migrate();

            assertThat(upgrade.migrations)
                    .extracting(m -> m.version)
                    .contains("60", "61", "62")
                    .doesNotContain("50");
            assertThat(jdbc.sql("select frozen_at from jury_freeze where audition_id = ?")
                            .param(published)
                            .query(Timestamp.class)
                            .single()
                            .toInstant())
                    .as("frozen since its publication")
                    .isEqualTo(PUBLISHED_AT);
            assertThatThrownBy(() -> setMark(jdbc, publishedMark, 1))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("is published: its jury's marks, assignments and conflicts are frozen");
            assertThatThrownBy(() -> jdbc.sql("delete from jury_assignment where audition_id = ?")
                            .param(published)
                            .update())
                    .hasMessageContaining("frozen");
            assertThatThrownBy(() -> conflict(jdbc, published)).hasMessageContaining("frozen");
            assertThatThrownBy(() -> jdbc.sql("delete from jury_freeze").update())
                    .hasMessageContaining("frozen for good");
            assertThatThrownBy(
                            () -> jdbc.sql("update selection_decision set outcome = 'SELECTED' where audition_id = ?")
                                    .param(published)
                                    .update())
                    .as("selection's own freeze is untouched")
                    .hasMessageContaining("published");

            assertThat(setMark(jdbc, inReviewMark, 2))
                    .as("an unpublished audition's mark")
                    .isEqualTo(1);
            conflict(jdbc, inReview);
            assertThat(jdbc.sql("select count(*) from pg_proc where proname = 'selection_freeze_by_assignment'")
                            .query(Integer.class)
                            .single())
                    .as("selection's function for jury tables is gone")
                    .isZero();
        }
    }

    @Test
    void a_migration_numbered_below_the_applied_ones_is_refused_and_changes_nothing(@TempDir Path late)
            throws SQLException, IOException {
        try (ScratchDatabase db = new ScratchDatabase(dataSource)) {
            db.flyway(flyway).load().migrate();
            Files.writeString(
                    late.resolve("V14__candidates_nickname.sql"),
                    "alter table application add column nickname text;\n");

            Flyway withLateMigration = db.flyway(flyway)
                    .locations("classpath:db/migration", "filesystem:" + late)
                    .load();

            assertThatThrownBy(withLateMigration::migrate)
                    .isInstanceOf(FlywayValidateException.class)
                    .hasMessageContaining("Detected resolved migration not applied to database: 14");
            assertThat(db.jdbc().sql("""
                            select count(*) from information_schema.columns
                            where table_name = 'application' and column_name = 'nickname'""").query(Integer.class).single()).isZero();
        }
    }

    /** An audition in review, written as V10 shapes it. */
    private static UUID audition(JdbcClient jdbc) {
        UUID organisation = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, name, kind, created_at) values (?, ?, 'NETWORK_MEMBER', now())")
                .params(organisation, "Choir " + organisation)
                .update();
        UUID audition = UUID.randomUUID();
        jdbc.sql("""
                        insert into audition (id, organisation_id, status, title_en, title_fr, description_en,
                            description_fr, place, time_zone, blind_review, created_at)
                        values (?, ?, 'IN_REVIEW', 'Call', 'Appel', '', '', 'Nancy', 'Europe/Paris', true, now())""").params(audition, organisation).update();
        return audition;
    }

    /** One juror's submitted mark for one applicant; the id of the mark. */
    private static UUID mark(JdbcClient jdbc, UUID audition) {
        UUID assignment = UUID.randomUUID();
        jdbc.sql("""
                        insert into jury_assignment (id, audition_id, juror_id, application_id, code, voice_part,
                            listening_rank, state, submitted_at, weighted_sum, weight_sum)
                        values (?, ?, ?, ?, 'X-0001', 'S1', 1, 'SUBMITTED', now(), 8, 1)""")
                .params(assignment, audition, UUID.randomUUID(), UUID.randomUUID())
                .update();
        UUID mark = UUID.randomUUID();
        jdbc.sql("""
                        insert into jury_mark (id, assignment_id, criterion_id, mark, updated_at)
                        values (?, ?, ?, 8, now())""").params(mark, assignment, UUID.randomUUID()).update();
        return mark;
    }

    /** Publication as V50's version of the application wrote it: a decision, the snapshot, the audition's status. */
    private static void publish(JdbcClient jdbc, UUID audition) {
        jdbc.sql("""
                        insert into selection_decision (application_id, audition_id, outcome, decided_at)
                        values (?, ?, 'NOT_SELECTED', now())""").params(UUID.randomUUID(), audition).update();
        jdbc.sql("""
                        insert into selection_publication (audition_id, ranking_method, marks_digest, marks_count,
                            published_by, published_at) values (?, 'MEAN', ?, 1, 'organiser@example.org', ?)""")
                .params(audition, "0".repeat(64), Timestamp.from(PUBLISHED_AT))
                .update();
        jdbc.sql("update audition set status = 'PUBLISHED', published_at = ? where id = ?")
                .params(Timestamp.from(PUBLISHED_AT), audition)
                .update();
    }

    private static int setMark(JdbcClient jdbc, UUID mark, int value) {
        return jdbc.sql("update jury_mark set mark = ? where id = ?")
                .params(BigDecimal.valueOf(value), mark)
                .update();
    }

    private static void conflict(JdbcClient jdbc, UUID audition) {
        jdbc.sql("""
                        insert into jury_conflict (id, audition_id, application_id, juror_id, kind, declared_by, declared_at)
                        values (?, ?, ?, ?, 'TEACHER', ?, now())""")
                .params(UUID.randomUUID(), audition, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())
                .update();
    }
}
