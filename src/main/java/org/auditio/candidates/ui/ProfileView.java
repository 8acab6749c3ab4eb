package org.auditio.candidates.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.auditio.accounts.AccountService;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.CandidateProfileView;
import org.auditio.candidates.CandidateProfiles;
import org.auditio.candidates.ProfileForm;
import org.auditio.common.Translations;
import org.auditio.common.UserError;
import org.auditio.common.ui.Countries;
import org.auditio.common.ui.DatePickers;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.TimeTexts;

/** The candidate's profile, which every application uses; below it, their data: download or erase. */
@Route("profile")
@Menu(title = "menu.profile", order = 20)
@RolesAllowed("CANDIDATE")
class ProfileView extends PageColumn implements HasDynamicTitle {

    final TextField fullName = new TextField();
    final DatePicker dateOfBirth = DatePickers.localised(new DatePicker());
    final ComboBox<String> country = new ComboBox<>();
    final Select<VoicePart> voicePart = new Select<>();
    final TextField vocalRange = new TextField();
    final TextField affiliation = new TextField();
    final TextArea biography = new TextArea();
    final Select<Locale> language = new Select<>();
    final Checkbox consent = new Checkbox();
    final Paragraph consented = new Paragraph();
    final Button save = new Button();

    /** Where the calendar opens: most candidates of youth and adult choirs are about this old. */
    static final int TYPICAL_AGE = 20;

    private final CandidateProfiles profiles;

    ProfileView(
            CandidateProfiles profiles, AccountService accounts, AuthenticationContext authentication, Clock clock) {
        this.profiles = profiles;
        addClassName("candidate-page");
        add(new H1(getTranslation("profile.title")), new Paragraph(getTranslation("profile.intro")));
        labels(clock);
        profiles.mine()
                .ifPresentOrElse(
                        this::fill, () -> accounts.current().ifPresent(me -> fullName.setValue(me.displayName())));
        save.setText(getTranslation("profile.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        FormLayout form =
                new FormLayout(fullName, dateOfBirth, country, voicePart, vocalRange, affiliation, biography, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.setColspan(biography, 2);
        add(form, consent, consented, save, new PersonalDataSection(profiles, authentication));
    }

    private void labels(Clock clock) {
        fullName.setLabel(getTranslation("profile.full-name"));
        fullName.setMaxLength(ProfileForm.MAX_NAME);
        fullName.setRequiredIndicatorVisible(true);
        dateOfBirth.setLabel(getTranslation("profile.birth-date"));
        dateOfBirth.setRequiredIndicatorVisible(true);
        birthDateInput(dateOfBirth, LocalDate.now(clock));
        country.setLabel(getTranslation("profile.country"));
        country.setItems(Countries.codes(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        country.setRequiredIndicatorVisible(true);
        voicePart.setLabel(getTranslation("profile.voice-part"));
        voicePart.setItems(VoicePart.values());
        voicePart.setItemLabelGenerator(part -> getTranslation("voice-part." + part.name()));
        voicePart.setHelperText(getTranslation("profile.voice-part.help"));
        voicePart.setRequiredIndicatorVisible(true);
        vocalRange.setLabel(getTranslation("profile.range"));
        vocalRange.setHelperText(getTranslation("profile.range.help"));
        vocalRange.setMaxLength(ProfileForm.MAX_RANGE);
        affiliation.setLabel(getTranslation("profile.affiliation"));
        affiliation.setMaxLength(ProfileForm.MAX_AFFILIATION);
        biography.setLabel(getTranslation("profile.biography"));
        biography.setMaxLength(ProfileForm.MAX_BIOGRAPHY);
        biography.setHelperText(getTranslation("profile.biography.help", ProfileForm.MAX_BIOGRAPHY));
        language.setLabel(getTranslation("profile.language"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(Translations.supported(getLocale()));
        consent.setLabel(getTranslation("profile.consent"));
        consented.setVisible(false);
        consented.addClassName("muted");
    }

    /**
     * A birth date is typed more easily than scrolled to: the calendar no longer opens by itself
     * (on a phone it opened full screen on focus, and typing then Enter left it open), and when
     * opened with the button it starts near a candidate's birth year rather than this month.
     */
    static void birthDateInput(DatePicker picker, LocalDate today) {
        picker.setAutoOpen(false);
        picker.setInitialPosition(today.minusYears(TYPICAL_AGE));
    }

    private void fill(CandidateProfileView profile) {
        fullName.setValue(profile.fullName());
        dateOfBirth.setValue(profile.dateOfBirth());
        country.setValue(profile.country());
        voicePart.setValue(profile.voicePart());
        vocalRange.setValue(profile.vocalRange());
        affiliation.setValue(profile.affiliation());
        biography.setValue(profile.biography());
        language.setValue(profile.language());
        if (profile.privacyConsentAt() != null) {
            consent.setValue(true);
            consented.setText(getTranslation(
                    "profile.consented",
                    TimeTexts.date(
                            profile.privacyConsentAt().atZone(ZoneOffset.UTC).toLocalDate(), getLocale())));
            consented.setVisible(true);
        }
    }

    private void save() {
        for (HasValidation field : new HasValidation[] {fullName, dateOfBirth, country, voicePart}) {
            field.setInvalid(false);
        }
        try {
            CandidateProfileView saved = profiles.save(new ProfileForm(
                    fullName.getValue(),
                    dateOfBirth.getValue(),
                    country.getValue(),
                    voicePart.getValue(),
                    vocalRange.getValue(),
                    affiliation.getValue(),
                    biography.getValue(),
                    language.getValue() == null ? getLocale() : language.getValue(),
                    consent.getValue()));
            fill(saved);
            Notices.success(getTranslation("profile.saved"));
        } catch (UserError error) {
            show(error);
        }
    }

    private void show(UserError error) {
        String key = error.messageKey();
        HasValidation field = key.startsWith("profile.name")
                ? fullName
                : key.startsWith("profile.birth-date")
                        ? dateOfBirth
                        : key.startsWith("profile.country")
                                ? country
                                : key.startsWith("profile.voice-part") ? voicePart : null;
        if (field == null) {
            Notices.error(Notices.text(error));
            return;
        }
        field.setErrorMessage(Notices.text(error));
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · Auditio";
    }
}
