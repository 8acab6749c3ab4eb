package org.auditio.auditions;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.Role;

/** Organisations, organisers and auditions for service and view tests of any module. */
public class AuditionFixtures {

    /** An organisation with its organiser, ready to create auditions. */
    public record Organiser(UUID organisationId, String email) {}

    private final Organisations organisations;
    private final AuditionService auditions;
    private final AccountAdministration administration;
    private final TestClock clock;

    public AuditionFixtures(
            Organisations organisations,
            AuditionService auditions,
            AccountAdministration administration,
            TestClock clock) {
        this.organisations = organisations;
        this.auditions = auditions;
        this.administration = administration;
        this.clock = clock;
    }

    public Organiser organiser() {
        String email = TestAccounts.organiser(administration);
        UUID organisation = AsUser.call(TestAccounts.ADMIN, Role.ADMIN, () -> {
            UUID id = organisations.create("Choir " + UUID.randomUUID(), OrganisationKind.NETWORK_MEMBER);
            organisations.addOrganiser(id, email);
            return id;
        });
        return new Organiser(organisation, email);
    }

    /** A youth-choir draft whose window opened a day ago and closes in {@code daysLeft} days (Paris time). */
    public UUID draft(Organiser organiser, int daysLeft) {
        return AsUser.call(organiser.email(), Role.ORGANISER, () -> {
            UUID id = auditions.create(
                    organiser.organisationId(),
                    "Youth choir " + UUID.randomUUID(),
                    "Chœur des jeunes",
                    AuditionTemplate.YOUTH_CHOIR);
            ZoneId paris = AuditionService.DEFAULT_ZONE;
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), paris);
            auditions.schedule(id, now.minusDays(1), now.plusDays(daysLeft), paris);
            return id;
        });
    }

    public UUID open(Organiser organiser, int daysLeft) {
        UUID id = draft(organiser, daysLeft);
        AsUser.run(organiser.email(), Role.ORGANISER, () -> auditions.open(id));
        return id;
    }
}
