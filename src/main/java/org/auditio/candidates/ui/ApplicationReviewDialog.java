package org.auditio.candidates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.candidates.ApplicationReview;
import org.auditio.candidates.AuditionApplications;
import org.auditio.candidates.CandidateProfileView;
import org.auditio.candidates.SlotView;
import org.auditio.common.UserError;
import org.auditio.common.ui.Countries;
import org.auditio.common.ui.DatePickers;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.TimeTexts;
import org.auditio.media.MediaPlayer;
import org.auditio.media.RecordingInfo;
import org.auditio.media.Recordings;

/** One application for its organisers: the candidate, each slot's current file, extensions, and granting one. */
class ApplicationReviewDialog extends Dialog {

    final DateTimePicker until = new DateTimePicker();
    final TextArea reason = new TextArea();
    final Button grant = new Button();

    private final Recordings recordings;

    ApplicationReviewDialog(
            AuditionApplications dashboard,
            Recordings recordings,
            UUID auditionId,
            UUID applicationId,
            Runnable changed) {
        this.recordings = recordings;
        setWidth("min(48rem, 100vw)");
        ApplicationReview review = dashboard.review(auditionId, applicationId);
        show(review);
        until.setLabel(getTranslation("dashboard.extension.until"));
        until.setHelperText(review.auditionZone().getId());
        until.setLocale(getLocale());
        until.setDatePickerI18n(DatePickers.i18n(getLocale()));
        until.setStep(Duration.ofMinutes(30));
        reason.setLabel(getTranslation("dashboard.extension.reason"));
        reason.setMaxLength(1000);
        grant.setText(getTranslation("dashboard.extension.grant"));
        grant.addThemeVariants(ButtonVariant.PRIMARY);
        grant.addClickListener(click -> {
            try {
                show(dashboard.grantExtension(auditionId, applicationId, until.getValue(), reason.getValue()));
                Notices.success(getTranslation("dashboard.extension.granted"));
                changed.run();
            } catch (UserError error) {
                Notices.error(Notices.text(error));
            }
        });
        getFooter().add(new Button(getTranslation("dashboard.close"), click -> close()));
    }

    /** The file as stored: its label and duration, what the probe measured, the file’s own tags, a player, and a warning when another candidate sent the same bytes, or when the fingerprints show the same performance as another recording of the audition. */
    private void recording(ListItem item, SlotView slot, RecordingInfo recording, ApplicationReview review) {
        Duration length = recording.duration();
        item.add(new Paragraph(getTranslation(
                "dashboard.slot.details",
                recording.displayName(),
                length == null
                        ? getTranslation("dashboard.slot.duration-unknown")
                        : TimeTexts.minutesSeconds(length))));
        String facts = RecordingFactsText.of(this, recording.facts());
        if (!facts.isEmpty()) {
            Paragraph measured = new Paragraph(facts);
            measured.addClassName("muted");
            item.add(measured);
        }
        String sound = SoundWarningTexts.forOrganisers(this, recording);
        if (!sound.isEmpty()) {
            Paragraph warned = new Paragraph(sound);
            warned.addClassName("warning");
            warned.addClassName("sound-warning");
            item.add(warned);
        }
        Map<String, String> tags = recordings.embeddedTags(recording.id());
        if (!tags.isEmpty()) {
            Paragraph tagged = new Paragraph(getTranslation(
                    "dashboard.slot.tags",
                    tags.entrySet().stream()
                            .map(tag -> tag.getKey() + ": " + tag.getValue())
                            .collect(Collectors.joining(" · "))));
            tagged.addClassName("muted");
            item.add(tagged);
        }
        item.add(new MediaPlayer(
                recording,
                getTranslation("dashboard.slot.player", slot.piece().name(getLocale())),
                getTranslation("media.player.unsupported")));
        if (recordings.sharedWithOtherOwners(recording.id())) {
            Paragraph warning = new Paragraph(getTranslation("dashboard.slot.duplicate"));
            warning.addClassName("warning");
            item.add(warning);
        }
        review.samePerformances().stream()
                .filter(note -> note.recordingId().equals(recording.id()))
                .forEach(note -> {
                    Paragraph warning = new Paragraph(samePerformance(note, review));
                    warning.addClassName("warning");
                    item.add(warning);
                });
    }

    /** "0:03–0:17 is the same performance as Jane Doe’s Set piece, 0:00–0:14." */
    private String samePerformance(ApplicationReview.SamePerformanceNote note, ApplicationReview review) {
        String here = TimeTexts.minutesSeconds(note.from()) + "–" + TimeTexts.minutesSeconds(note.to());
        String there = TimeTexts.minutesSeconds(note.otherFrom()) + "–" + TimeTexts.minutesSeconds(note.otherTo());
        String piece = note.otherPiece().name(getLocale());
        if (note.sameApplication(review.row().id())) {
            return getTranslation("dashboard.slot.same-performance-own", here, piece, there);
        }
        String applicant =
                note.otherApplicant().isBlank() ? getTranslation("dashboard.anonymised") : note.otherApplicant();
        return getTranslation("dashboard.slot.same-performance", here, applicant, piece, there);
    }

    private void show(ApplicationReview review) {
        removeAll();
        Locale locale = getLocale();
        ZoneId zone = review.auditionZone();
        CandidateProfileView profile = review.profile();
        setHeaderTitle(profile.anonymised() ? getTranslation("dashboard.anonymised") : profile.fullName());
        add(new Paragraph(String.join(
                " · ",
                getTranslation("voice-part." + review.row().voicePart().name()),
                Countries.name(profile.country(), locale),
                review.row().age() == null
                        ? ""
                        : getTranslation("dashboard.age", review.row().age()),
                getTranslation("application.status." + review.row().status().name()))));
        if (profile.dateOfBirth() != null) {
            add(new Paragraph(getTranslation("dashboard.born", TimeTexts.date(profile.dateOfBirth(), locale))));
        }
        for (String line : new String[] {profile.vocalRange(), profile.affiliation(), profile.biography()}) {
            if (!line.isBlank()) {
                add(new Paragraph(line));
            }
        }
        add(new Paragraph(getTranslation("dashboard.receipt", review.receipt())));
        OrderedList slots = new OrderedList();
        for (SlotView slot : review.slots()) {
            String file = slot.filled() && slot.attachedAt() != null
                    ? getTranslation(
                            "dashboard.slot.file",
                            slot.recordingId(),
                            TimeTexts.dateTime(slot.attachedAt(), zone, locale))
                    : getTranslation("application.slot.empty");
            ListItem item = new ListItem(slot.piece().name(locale) + " — " + file);
            UUID recordingId = slot.recordingId();
            if (recordingId != null) {
                recordings.find(recordingId).ifPresent(recording -> recording(item, slot, recording, review));
            }
            slots.add(item);
        }
        add(new H3(getTranslation("application.recordings")), slots);
        add(new H3(getTranslation("dashboard.extension")));
        add(new Paragraph(getTranslation("dashboard.deadline", TimeTexts.dateTime(review.deadline(), zone, locale))));
        UnorderedList extensions = new UnorderedList();
        review.extensions()
                .forEach(e -> extensions.add(new ListItem(getTranslation(
                        "dashboard.extension.line",
                        TimeTexts.dateTime(e.until(), zone, locale),
                        e.reason(),
                        TimeTexts.dateTime(e.grantedAt(), zone, locale)))));
        add(extensions, until, reason, grant);
    }
}
