package org.auditio.candidates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ApplicationStage;
import org.auditio.candidates.ApplicationStatus;
import org.auditio.candidates.MyApplication;
import org.auditio.candidates.MyApplications;
import org.auditio.candidates.Receipt;
import org.auditio.candidates.SlotMediaPolicy;
import org.auditio.candidates.SlotUploads;
import org.auditio.candidates.SlotView;
import org.auditio.common.UserError;
import org.auditio.common.ui.DeadlineText;
import org.auditio.common.ui.Links;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;
import org.auditio.common.ui.TimeTexts;
import org.auditio.media.MediaPolicy;
import org.auditio.media.RecordingInfo;
import org.auditio.media.Recordings;
import org.jspecify.annotations.Nullable;

/**
 * The status page of one application: where it stands, the deadline, the voice part, the pieces
 * in order with their recordings, and submit or withdraw. After a submission, the receipt.
 */
@Route("my-applications/:applicationId")
@RolesAllowed("CANDIDATE")
class ApplicationView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "applicationId";

    private final MyApplications applications;
    private final SlotUploads uploads;
    private final Recordings recordings;
    private final Clock clock;
    final Select<VoicePart> voicePart = new Select<>();
    final Button submit = new Button();
    final Button withdraw = new Button();
    final Div receipt = new Div();
    final Paragraph outcome = new Paragraph();
    final Paragraph missingNote = new Paragraph();
    final Map<UUID, SlotCard> cards = new LinkedHashMap<>();
    private String title = "";
    private @Nullable UUID applicationId;

    ApplicationView(MyApplications applications, SlotUploads uploads, Recordings recordings, Clock clock) {
        this.applications = applications;
        this.uploads = uploads;
        this.recordings = recordings;
        this.clock = clock;
        addClassName("candidate-page");
        receipt.addClassName("callout");
        receipt.addClassName("receipt");
        receipt.getElement().setAttribute("role", "status");
        listen();
    }

    /**
     * Once, here: the page is redrawn after every change, and listeners added while drawing would
     * pile up (one click, several submissions).
     */
    private void listen() {
        voicePart.addValueChangeListener(change -> {
            if (change.isFromClient() && applicationId != null) {
                UUID id = applicationId;
                act(() -> applications.chooseVoicePart(id, change.getValue()));
            }
        });
        submit.addClickListener(click -> {
            if (applicationId == null) {
                return;
            }
            try {
                Receipt sent = applications.submit(applicationId);
                show(applications.get(sent.applicationId()));
                Notices.success(getTranslation("application.submitted-notice", sent.code()));
            } catch (UserError error) {
                Notices.error(Notices.text(error));
            }
        });
        withdraw.addClickListener(click -> {
            if (applicationId == null) {
                return;
            }
            UUID id = applicationId;
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("application.withdraw.confirm-title"));
            confirm.setText(getTranslation("application.withdraw.confirm-text"));
            confirm.setConfirmText(getTranslation("application.withdraw"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("lifecycle.cancel"));
            confirm.addConfirmListener(yes -> act(() -> applications.withdraw(id)));
            confirm.open();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.find(event, ID, this::load).ifPresent(this::show);
    }

    private Optional<MyApplication> load(UUID id) {
        try {
            return Optional.of(applications.get(id));
        } catch (UserError notFound) {
            return Optional.empty();
        }
    }

    private void show(MyApplication application) {
        applicationId = application.id();
        removeAll();
        title = application.audition().title(getLocale());
        add(new H1(title));
        Paragraph stage = new Paragraph(CandidateTexts.stage(application.stage()));
        stage.add(
                " " + getTranslation("application.stage." + application.stage().name() + ".text"));
        add(stage);
        if (application.stage() == ApplicationStage.RESULTS_PUBLISHED && application.outcome() != null) {
            outcome.setText(getTranslation(
                    "application.outcome." + application.outcome().name(), application.reservePosition()));
            add(
                    outcome,
                    Links.to(
                            "auditions/" + application.audition().id() + "/results",
                            getTranslation("application.outcome.results")));
        }
        if (application.status() == ApplicationStatus.SUBMITTED && application.submittedAt() != null) {
            receipt.setText(getTranslation(
                    "application.receipt",
                    TimeTexts.dateTime(
                            application.submittedAt(), application.audition().zone(), getLocale()),
                    application.receipt()));
            add(receipt);
        }
        if (application.changeable() || application.withdrawable()) {
            add(new DeadlineText(application.deadline(), application.audition().zone(), clock));
        }
        voicePart.setLabel(getTranslation("apply.voice-part"));
        voicePart.setItems(application.audition().offeredParts());
        voicePart.setItemLabelGenerator(part -> getTranslation("voice-part." + part.name()));
        voicePart.setValue(application.voicePart());
        voicePart.setReadOnly(!application.changeable());
        add(voicePart, new H2(getTranslation("application.recordings")));
        cards.clear();
        for (SlotView slot : application.slots()) {
            SlotCard card = new SlotCard(slot, application.audition().zone());
            card.show(slot, recording(slot));
            if (application.changeable()) {
                MediaPolicy policy = SlotMediaPolicy.of(slot.piece());
                card.addUpload(new SlotUpload(
                        uploads,
                        application.id(),
                        slot,
                        policy,
                        recordings.acceptedFormats(policy),
                        recordings.maxBytes(policy),
                        recordings.maxBytes(MediaPolicy.audioOnly()),
                        stored -> uploaded(stored, slot.slotId())));
            }
            cards.put(slot.slotId(), card);
            add(card);
        }
        actions(application);
    }

    /**
     * After an upload, only that slot and the submit state change: uploads still running in other
     * slots keep their fields.
     */
    private void uploaded(MyApplication application, UUID uploadedSlot) {
        for (SlotView slot : application.slots()) {
            SlotCard card = cards.get(slot.slotId());
            if (card != null) {
                RecordingInfo recording = recording(slot);
                card.show(slot, recording);
                if (recording != null && slot.slotId().equals(uploadedSlot)) {
                    // The name as stored (folders and bidirectional controls gone), not as the browser sent it.
                    Notices.success(getTranslation("media.upload.done", recording.displayName()));
                    SoundWarningTexts.forSinger(this, slot.piece(), recording).forEach(Notices::warning);
                }
            }
        }
        showMissing(application);
    }

    private @Nullable RecordingInfo recording(SlotView slot) {
        UUID id = slot.recordingId();
        return id == null ? null : recordings.find(id).orElse(null);
    }

    private void showMissing(MyApplication application) {
        long missing = application.missingMandatory();
        missingNote.setText(getTranslation("application.mandatory-missing", missing));
        missingNote.setVisible(application.changeable() && missing > 0);
        submit.setEnabled(missing == 0);
    }

    private void actions(MyApplication application) {
        add(missingNote);
        showMissing(application);
        submit.setText(getTranslation("application.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setVisible(application.changeable());
        withdraw.setText(getTranslation("application.withdraw"));
        withdraw.setVisible(application.withdrawable());
        HorizontalLayout buttons = new HorizontalLayout(submit, withdraw);
        buttons.setWrap(true);
        add(buttons);
    }

    /** Runs a change and redraws the page; a refusal is explained and the page stays as it was. */
    private void act(Supplier<MyApplication> change) {
        try {
            show(change.get());
        } catch (UserError error) {
            Notices.error(Notices.text(error));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Auditio";
    }
}
