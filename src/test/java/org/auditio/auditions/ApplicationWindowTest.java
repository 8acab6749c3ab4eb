package org.auditio.auditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.auditio.common.UserError;
import org.junit.jupiter.api.Test;

class ApplicationWindowTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void a_deadline_at_23_59_in_paris_is_22_59_utc_in_winter_and_21_59_utc_in_summer() {
        ApplicationWindow winter = ApplicationWindow.of(at("2019-01-01T00:00"), at("2019-02-15T23:59"), PARIS);
        assertThat(winter.closesAt()).isEqualTo(Instant.parse("2019-02-15T22:59:00Z"));
        ApplicationWindow summer = ApplicationWindow.of(at("2019-06-01T00:00"), at("2019-07-15T23:59"), PARIS);
        assertThat(summer.closesAt()).isEqualTo(Instant.parse("2019-07-15T21:59:00Z"));
    }

    @Test
    void the_deadline_minute_itself_is_already_closed_and_the_instant_before_is_open() {
        ApplicationWindow window = ApplicationWindow.of(at("2019-01-01T00:00"), at("2019-02-15T23:59"), PARIS);
        Instant deadline = Instant.parse("2019-02-15T22:59:00Z");
        assertThat(window.acceptsAt(deadline.minusNanos(1))).isTrue();
        assertThat(window.acceptsAt(deadline)).isFalse();
        assertThat(window.hasClosedAt(deadline)).isTrue();
        // 23:30 UTC on the 15th is still the 15th in London but already the 16th in Paris: closed.
        assertThat(window.acceptsAt(Instant.parse("2019-02-15T23:30:00Z"))).isFalse();
    }

    @Test
    void the_window_opens_at_its_first_instant_and_not_before() {
        ApplicationWindow window = ApplicationWindow.of(at("2019-01-01T00:00"), at("2019-02-15T23:59"), PARIS);
        assertThat(window.acceptsAt(Instant.parse("2018-12-31T23:00:00Z"))).isTrue();
        assertThat(window.acceptsAt(Instant.parse("2018-12-31T22:59:59Z"))).isFalse();
    }

    @Test
    void a_window_across_the_spring_change_lasts_an_hour_less_than_its_wall_clock_span() {
        ApplicationWindow window = ApplicationWindow.of(at("2019-03-30T12:00"), at("2019-04-01T12:00"), PARIS);
        assertThat(Duration.between(window.opensAt(), window.closesAt())).isEqualTo(Duration.ofHours(47));
        assertThat(window.remainingAt(window.opensAt())).isEqualTo(Duration.ofHours(47));
    }

    @Test
    void a_deadline_in_the_skipped_spring_hour_moves_forward_by_the_gap() {
        // 31 March 2019: clocks jump from 02:00 to 03:00 in Paris, 02:30 never happens.
        Instant closes = ApplicationWindow.instant(at("2019-03-31T02:30"), PARIS);
        assertThat(closes).isEqualTo(Instant.parse("2019-03-31T01:30:00Z"));
        assertThat(closes.atZone(PARIS).toLocalTime()).hasToString("03:30");
    }

    @Test
    void a_deadline_in_the_repeated_autumn_hour_takes_the_later_one_in_the_candidates_favour() {
        // 27 October 2019: 02:30 happens twice in Paris, first at UTC+2 then at UTC+1.
        Instant closes = ApplicationWindow.instant(at("2019-10-27T02:30"), PARIS);
        assertThat(closes).isEqualTo(Instant.parse("2019-10-27T01:30:00Z"));
    }

    @Test
    void the_window_shows_the_deadline_as_the_organiser_wrote_it_and_in_any_other_zone() {
        ApplicationWindow window = ApplicationWindow.of(at("2019-01-01T00:00"), at("2019-02-15T23:59"), PARIS);
        assertThat(window.localCloses().toLocalDateTime()).isEqualTo(at("2019-02-15T23:59"));
        assertThat(window.closesAt().atZone(ZoneId.of("America/Sao_Paulo")).toLocalDateTime())
                .isEqualTo(at("2019-02-15T20:59"));
        assertThat(window.closesAt().atZone(ZoneId.of("Asia/Tokyo")).toLocalDateTime())
                .isEqualTo(at("2019-02-16T07:59"));
    }

    @Test
    void a_window_that_closes_before_it_opens_is_refused() {
        assertThatThrownBy(() -> ApplicationWindow.of(at("2019-02-15T23:59"), at("2019-02-15T23:59"), PARIS))
                .isInstanceOf(UserError.class)
                .hasMessage("audition.window.closes-before-opens");
    }

    @Test
    void a_window_only_extends_to_a_later_deadline() {
        ApplicationWindow window = ApplicationWindow.of(at("2019-01-01T00:00"), at("2019-02-15T23:59"), PARIS);
        Instant later = window.closesAt().plus(Duration.ofDays(2));
        assertThat(window.extendedTo(later).closesAt()).isEqualTo(later);
        assertThat(window.extendedTo(later).opensAt()).isEqualTo(window.opensAt());
        assertThatThrownBy(() -> window.extendedTo(window.closesAt())).hasMessage("audition.extend.not-later");
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}
