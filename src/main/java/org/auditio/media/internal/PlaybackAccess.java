package org.auditio.media.internal;

import java.util.List;
import java.util.Optional;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.AccountSummary;
import org.auditio.media.MediaAccessPolicy;
import org.auditio.media.domain.Recording;
import org.springframework.stereotype.Component;

/** Who may play a recording, asked on every request: its owner, or anyone a module's policy admits. */
@Component
public class PlaybackAccess {

    private final AccountService accounts;
    private final List<MediaAccessPolicy> policies;

    PlaybackAccess(AccountService accounts, List<MediaAccessPolicy> policies) {
        this.accounts = accounts;
        this.policies = policies;
    }

    public boolean mayPlay(Recording recording) {
        if (!recording.complete()) {
            return false;
        }
        Optional<AccountSummary> me = accounts.current();
        if (me.isEmpty()) {
            return false;
        }
        if (me.get().id().equals(recording.ownerId())) {
            return true;
        }
        return policies.stream().anyMatch(policy -> policy.currentUserMayPlay(recording.id()));
    }
}
