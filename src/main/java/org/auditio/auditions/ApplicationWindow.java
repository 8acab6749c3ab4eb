package org.auditio.auditions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.auditio.common.UserError;

/**
 * When applications are accepted: from {@code opensAt} (inclusive) to {@code closesAt}
 * (exclusive), both fixed instants. The organiser states them as local times in a named time zone,
 * which is kept to show them as the organiser meant them; each user also sees them in their own zone.
 */
public record ApplicationWindow(Instant opensAt, Instant closesAt, ZoneId zone) {

    public ApplicationWindow {
        if (!closesAt.isAfter(opensAt)) {
            throw new UserError("audition.window.closes-before-opens");
        }
    }

    /** The window as the organiser writes it, e.g. "until 15 February, 23:59, Europe/Paris". */
    public static ApplicationWindow of(LocalDateTime opens, LocalDateTime closes, ZoneId zone) {
        return new ApplicationWindow(instant(opens, zone), instant(closes, zone), zone);
    }

    /**
     * A local time in a zone as an instant. A time skipped by a daylight-saving change (02:30 on
     * the spring night) moves forward by the gap; a time that happens twice (autumn) takes the
     * later of the two, which gives candidates the longer deadline.
     */
    public static Instant instant(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null)
                .withLaterOffsetAtOverlap()
                .toInstant();
    }

    public boolean acceptsAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean hasClosedAt(Instant now) {
        return !now.isBefore(closesAt);
    }

    public ZonedDateTime localOpens() {
        return opensAt.atZone(zone);
    }

    public ZonedDateTime localCloses() {
        return closesAt.atZone(zone);
    }

    /** Time left before the deadline; zero once it has passed. */
    public Duration remainingAt(Instant now) {
        return hasClosedAt(now) ? Duration.ZERO : Duration.between(now, closesAt);
    }

    /** The same window with a later deadline; an earlier or equal one is refused. */
    public ApplicationWindow extendedTo(Instant newClosesAt) {
        if (!newClosesAt.isAfter(closesAt)) {
            throw new UserError("audition.extend.not-later");
        }
        return new ApplicationWindow(opensAt, newClosesAt, zone);
    }
}
