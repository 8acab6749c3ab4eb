package org.auditio.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AuditioTest
class CandidateProfilesTest {

    @Autowired
    CandidateProfiles profiles;

    @Autowired
    AuditionApplications dashboard;

    @Autowired
    AccountService accounts;

    @Autowired
    TestClock clock;

    @Autowired
    AuditionFixtures calls;

    @Autowired
    CandidateFixtures candidates;

    String email;

    @BeforeEach
    void candidate() {
        email = TestAccounts.candidate(accounts, Locale.FRENCH);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_profile_is_saved_only_when_complete_and_records_the_date_of_consent() {
        ProfileForm complete = CandidateFixtures.profile("Léa Martin", LocalDate.of(2004, 2, 29), "FR", VoicePart.A);
        assertThatThrownBy(() -> as(() -> profiles.save(withBirth(complete, null))))
                .hasMessage("profile.birth-date.required");
        assertThatThrownBy(() -> as(() -> profiles.save(withBirth(complete, LocalDate.of(2030, 1, 1)))))
                .hasMessage("profile.birth-date.impossible");
        assertThatThrownBy(() -> as(() -> profiles.save(withCountry(complete, "XX"))))
                .hasMessage("profile.country.required");
        assertThatThrownBy(() -> as(() -> profiles.save(withoutConsent(complete))))
                .hasMessage("profile.consent.required");
        assertThat(as(() -> profiles.mine())).isEmpty();

        CandidateProfileView saved = as(() -> profiles.save(complete));
        assertThat(saved.complete()).isTrue();
        assertThat(saved.privacyConsentAt()).isEqualTo(clock.instant());

        clock.advance(Duration.ofDays(1));
        CandidateProfileView again = as(() -> profiles.save(complete));
        assertThat(again.privacyConsentAt()).isEqualTo(TestClock.START);
    }

    @Test
    void the_export_holds_the_account_the_profile_and_the_applications() {
        UUID audition = calls.open(calls.organiser(), 10);
        as(() -> profiles.save(
                CandidateFixtures.profile("Léa Martin", CandidateFixtures.ELIGIBLE_BIRTH, "FR", VoicePart.A)));
        UUID application = candidates.draft(email, audition, VoicePart.A);

        String json = as(() -> profiles.exportMyData());
        assertThat(json)
                .contains(email)
                .contains("\"fullName\" : \"Léa Martin\"")
                .contains(application.toString())
                .contains("Range test");
    }

    @Test
    void erasure_deletes_open_applications_keeps_reviewed_ones_anonymised_and_erases_the_account() {
        AuditionFixtures.Organiser organiser = calls.organiser();
        UUID closing = calls.open(organiser, 2);
        UUID open = calls.open(organiser, 30);
        as(() -> profiles.save(
                CandidateFixtures.profile("Léa Martin", CandidateFixtures.ELIGIBLE_BIRTH, "FR", VoicePart.A)));
        UUID kept = candidates.submitted(email, closing, VoicePart.A).applicationId();
        candidates.draft(email, open, VoicePart.A);

        clock.advance(Duration.ofDays(3));
        AsUser.run(email, Role.CANDIDATE, () -> profiles.eraseMe());

        assertThat(AsUser.call(email, Role.CANDIDATE, () -> accounts.current())).isEmpty();
        ApplicationReview review =
                AsUser.call(organiser.email(), Role.ORGANISER, () -> dashboard.review(closing, kept));
        assertThat(review.profile().anonymised()).isTrue();
        assertThat(review.profile().fullName()).isEmpty();
        assertThat(review.profile().dateOfBirth()).isNull();
        assertThat(review.profile().country()).isEqualTo("FR");
        assertThat(AsUser.call(organiser.email(), Role.ORGANISER, () -> dashboard.count(open, ApplicationFilter.NONE)))
                .isZero();
    }

    private <T> T as(Supplier<T> action) {
        return AsUser.call(email, Role.CANDIDATE, action);
    }

    private static ProfileForm withBirth(ProfileForm form, LocalDate born) {
        return new ProfileForm(
                form.fullName(),
                born,
                form.country(),
                form.voicePart(),
                form.vocalRange(),
                form.affiliation(),
                form.biography(),
                form.language(),
                form.consentsToPrivacyNotice());
    }

    private static ProfileForm withCountry(ProfileForm form, String country) {
        return new ProfileForm(
                form.fullName(),
                form.dateOfBirth(),
                country,
                form.voicePart(),
                form.vocalRange(),
                form.affiliation(),
                form.biography(),
                form.language(),
                form.consentsToPrivacyNotice());
    }

    private static ProfileForm withoutConsent(ProfileForm form) {
        return new ProfileForm(
                form.fullName(),
                form.dateOfBirth(),
                form.country(),
                form.voicePart(),
                form.vocalRange(),
                form.affiliation(),
                form.biography(),
                form.language(),
                false);
    }
}
