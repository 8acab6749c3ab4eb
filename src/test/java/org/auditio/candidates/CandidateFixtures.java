package org.auditio.candidates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.auditions.VoicePart;

/** Candidates with complete profiles, and their applications, for service and view tests. */
public class CandidateFixtures {

    /** Born in 2005: 21 on 1 July 2026, eligible for the youth-choir template. */
    public static final LocalDate ELIGIBLE_BIRTH = LocalDate.of(2005, 3, 14);

    private final AccountService accounts;
    private final CandidateProfiles profiles;
    private final MyApplications applications;

    public CandidateFixtures(AccountService accounts, CandidateProfiles profiles, MyApplications applications) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.applications = applications;
    }

    public String candidate(String name, LocalDate born, String country) {
        String email = TestAccounts.candidate(accounts, Locale.FRENCH);
        AsUser.run(email, Role.CANDIDATE, () -> profiles.save(profile(name, born, country, VoicePart.A)));
        return email;
    }

    public String eligibleCandidate() {
        return candidate("Léa Martin", ELIGIBLE_BIRTH, "FR");
    }

    public static ProfileForm profile(String name, LocalDate born, String country, VoicePart part) {
        return new ProfileForm(name, born, country, part, "G3–E5", "Maîtrise de Toulouse", "", Locale.FRENCH, true);
    }

    /** A draft application, every slot still empty. */
    public UUID draft(String email, UUID auditionId, VoicePart part) {
        return AsUser.call(email, Role.CANDIDATE, () -> applications.start(auditionId, part));
    }

    /** Attaches a made-up recording to every slot. */
    public MyApplication fillAllSlots(String email, UUID applicationId) {
        return AsUser.call(email, Role.CANDIDATE, () -> {
            MyApplication application = applications.get(applicationId);
            for (SlotView slot : application.slots()) {
                application = applications.attachRecording(applicationId, slot.slotId(), UUID.randomUUID());
            }
            return application;
        });
    }

    public Receipt submitted(String email, UUID auditionId, VoicePart part) {
        UUID id = draft(email, auditionId, part);
        fillAllSlots(email, id);
        return AsUser.call(email, Role.CANDIDATE, () -> applications.submit(id));
    }
}
