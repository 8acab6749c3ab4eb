package org.auditio.jury;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.CandidateFixtures;

/** A closed audition with submitted applicants and invited jurors, ready for a panel. */
public class JuryFixtures {

    /** A juror account of the tests. */
    public record Juror(String email, UUID id) {}

    /** Everything a jury test needs; candidates' names start with "Cand" and are unique. */
    public record Call(AuditionFixtures.Organiser organiser, UUID auditionId, List<Juror> jurors, List<String> names) {}

    private static final VoicePart[] PARTS = {VoicePart.S, VoicePart.A, VoicePart.T, VoicePart.B};

    private final AuditionFixtures auditions;
    private final CandidateFixtures candidates;
    private final AccountAdministration administration;
    private final TestClock clock;

    public JuryFixtures(
            AuditionFixtures auditions,
            CandidateFixtures candidates,
            AccountAdministration administration,
            TestClock clock) {
        this.auditions = auditions;
        this.candidates = candidates;
        this.administration = administration;
        this.clock = clock;
    }

    /** A youth-choir call with {@code applicants} submitted, closed, and {@code jurors} jurors invited. */
    public Call closedCall(int applicants, int jurors) {
        AuditionFixtures.Organiser organiser = auditions.organiser();
        UUID audition = auditions.open(organiser, 3);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < applicants; i++) {
            String name = "Cand" + UUID.randomUUID().toString().substring(0, 6) + " Zephyrine";
            names.add(name);
            String email = candidates.candidate(name, CandidateFixtures.ELIGIBLE_BIRTH, "NO");
            candidates.submitted(email, audition, PARTS[i % PARTS.length]);
        }
        clock.advance(Duration.ofDays(4));
        List<Juror> panel = new ArrayList<>();
        for (int i = 0; i < jurors; i++) {
            String email = TestAccounts.uniqueEmail("juror");
            String name = "Juror " + (i + 1);
            UUID id = AsUser.call(
                            organiser.email(),
                            Role.ORGANISER,
                            () -> administration.inviteJuror(email, name, Locale.ENGLISH))
                    .id();
            panel.add(new Juror(email, id));
        }
        return new Call(organiser, audition, panel, names);
    }
}
