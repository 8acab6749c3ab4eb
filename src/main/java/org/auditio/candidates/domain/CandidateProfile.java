package org.auditio.candidates.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.CandidateProfileView;
import org.auditio.candidates.ProfileForm;
import org.auditio.common.Translations;
import org.auditio.common.UserError;
import org.jspecify.annotations.Nullable;

/** A candidate's profile, one per account (its id is the account's). */
@Entity
@Table(name = "candidate_profile")
public class CandidateProfile {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Id
    private UUID accountId;

    private String fullName;
    private @Nullable LocalDate dateOfBirth;
    private @Nullable String country;

    @Enumerated(EnumType.STRING)
    private @Nullable VoicePart voicePart;

    private String vocalRange;
    private String affiliation;
    private String biography;
    private String language;
    private @Nullable Instant privacyConsentAt;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant anonymisedAt;

    @Version
    private long version;

    protected CandidateProfile() {
        this.accountId = UUID.randomUUID();
        this.fullName = "";
        this.vocalRange = "";
        this.affiliation = "";
        this.biography = "";
        this.language = "en";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public CandidateProfile(UUID accountId, ProfileForm form, Instant now) {
        this();
        this.accountId = accountId;
        this.createdAt = now;
        update(form, now);
    }

    /** Replaces the profile; refused as a whole if any field is missing or impossible. */
    public void update(ProfileForm form, Instant now) {
        if (anonymisedAt != null) {
            throw new UserError("profile.anonymised");
        }
        String name = limited(form.fullName().strip(), ProfileForm.MAX_NAME);
        if (name.isEmpty()) {
            throw new UserError("profile.name.required");
        }
        LocalDate born = form.dateOfBirth();
        if (born == null) {
            throw new UserError("profile.birth-date.required");
        }
        if (born.isBefore(EARLIEST_BIRTH)
                || born.isAfter(now.atZone(ZoneOffset.UTC).toLocalDate())) {
            throw new UserError("profile.birth-date.impossible");
        }
        String place = form.country();
        if (place == null || !COUNTRIES.contains(place)) {
            throw new UserError("profile.country.required");
        }
        if (form.voicePart() == null) {
            throw new UserError("profile.voice-part.required");
        }
        if (!form.consentsToPrivacyNotice()) {
            throw new UserError("profile.consent.required");
        }
        this.fullName = name;
        this.dateOfBirth = born;
        this.country = place;
        this.voicePart = form.voicePart();
        this.vocalRange = limited(form.vocalRange().strip(), ProfileForm.MAX_RANGE);
        this.affiliation = limited(form.affiliation().strip(), ProfileForm.MAX_AFFILIATION);
        this.biography = limited(form.biography().strip(), ProfileForm.MAX_BIOGRAPHY);
        this.language = Translations.supported(form.language()).getLanguage();
        if (privacyConsentAt == null) {
            privacyConsentAt = now;
        }
        this.updatedAt = now;
    }

    /**
     * Erases what identifies the candidate, keeping country and voice part, which juries' and
     * organisers' statistics about past auditions still count.
     */
    public void anonymise(Instant now) {
        fullName = "";
        dateOfBirth = null;
        vocalRange = "";
        affiliation = "";
        biography = "";
        anonymisedAt = now;
        updatedAt = now;
    }

    public UUID accountId() {
        return accountId;
    }

    public Locale language() {
        return Translations.fromTag(language);
    }

    public boolean anonymised() {
        return anonymisedAt != null;
    }

    public CandidateProfileView view() {
        return new CandidateProfileView(
                accountId,
                fullName,
                dateOfBirth,
                country,
                voicePart,
                vocalRange,
                affiliation,
                biography,
                language(),
                privacyConsentAt,
                anonymisedAt != null);
    }

    private static String limited(String text, int max) {
        if (text.length() > max) {
            throw new UserError("field.too-long", max);
        }
        return text;
    }
}
