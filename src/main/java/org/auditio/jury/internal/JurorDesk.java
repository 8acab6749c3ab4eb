package org.auditio.jury.internal;

import java.util.UUID;
import org.auditio.accounts.AccountService;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionStatus;
import org.auditio.common.UserError;
import org.auditio.jury.domain.Assignment;
import org.auditio.jury.domain.AssignmentRepository;
import org.auditio.jury.domain.JuryPanel;
import org.auditio.jury.domain.JuryPanelRepository;
import org.springframework.stereotype.Component;

/**
 * Where a juror may work: an audition whose panel seats them (otherwise "not found"), and a
 * candidate of their own queue, by anonymous code (conflicted ones are "not found"). Changing
 * anything also needs the audition IN_REVIEW and scoring open.
 */
@Component
public class JurorDesk {

    /** The juror, their panel and the audition as the catalogue shows it. */
    public record Seat(UUID jurorId, JuryPanel panel, AuditionDetails audition) {}

    private final AccountService accounts;
    private final AuditionCatalogue catalogue;
    private final JuryPanelRepository panels;
    private final AssignmentRepository assignments;

    JurorDesk(
            AccountService accounts,
            AuditionCatalogue catalogue,
            JuryPanelRepository panels,
            AssignmentRepository assignments) {
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.panels = panels;
        this.assignments = assignments;
    }

    public UUID me() {
        return accounts.current()
                .orElseThrow(() -> new IllegalStateException("No account behind the current session"))
                .id();
    }

    public Seat seat(UUID auditionId) {
        UUID me = me();
        JuryPanel panel = panels.findByAuditionId(auditionId)
                .filter(p -> p.seats(me) && p.scoringStartedAt() != null)
                .orElseThrow(() -> new UserError("jury.audition.not-found"));
        AuditionDetails audition =
                catalogue.call(auditionId).orElseThrow(() -> new UserError("jury.audition.not-found"));
        return new Seat(me, panel, audition);
    }

    public Seat workingSeat(UUID auditionId) {
        Seat seat = seat(auditionId);
        if (seat.audition().status() != AuditionStatus.IN_REVIEW
                || !seat.panel().scoringOpen()) {
            throw new UserError("jury.scoring.closed");
        }
        return seat;
    }

    public Assignment assignment(Seat seat, String code) {
        return assignments
                .findOpenable(seat.panel().auditionId(), seat.jurorId(), code)
                .orElseThrow(() -> new UserError("jury.candidate.not-found"));
    }
}
