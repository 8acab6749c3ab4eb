package org.auditio.jury.ui;

import java.util.List;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.TestClock;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.Organisations;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.candidates.CandidateProfiles;
import org.auditio.candidates.MyApplications;
import org.auditio.jury.JuryFixtures;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.Sharing;

/** A closed call whose jury has started scoring, for the view tests. */
final class JuryViewFixtures {

    private JuryViewFixtures() {}

    static JuryFixtures fixtures(
            Organisations organisations,
            AuditionService auditions,
            AccountAdministration administration,
            AccountService accounts,
            CandidateProfiles profiles,
            MyApplications applications,
            TestClock clock) {
        return new JuryFixtures(
                new AuditionFixtures(organisations, auditions, administration, clock),
                new CandidateFixtures(accounts, profiles, applications),
                administration,
                clock);
    }

    static void startScoring(JuryPanels panels, JuryFixtures.Call call) {
        List<UUID> ids = call.jurors().stream().map(JuryFixtures.Juror::id).toList();
        AsUser.run(call.organiser().email(), Role.ORGANISER, () -> {
            panels.compose(call.auditionId(), ids, ids.getFirst(), Sharing.EVERYONE, 0);
            panels.startScoring(call.auditionId());
        });
    }
}
