package org.auditio.jury.ui;

import java.util.List;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.accounts.Role;
import org.auditio.jury.JuryFixtures;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.Sharing;

/** Starts scoring on a closed call of {@link JuryFixtures}, for the view tests. */
final class JuryViewFixtures {

    private JuryViewFixtures() {}

    static void startScoring(JuryPanels panels, JuryFixtures.Call call) {
        List<UUID> ids = call.jurors().stream().map(JuryFixtures.Juror::id).toList();
        AsUser.run(call.organiser().email(), Role.ORGANISER, () -> {
            panels.compose(call.auditionId(), ids, ids.getFirst(), Sharing.EVERYONE, 0);
            panels.startScoring(call.auditionId());
        });
    }
}
