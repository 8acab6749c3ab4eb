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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ApplicationStatus;
import org.auditio.candidates.MyApplication;
import org.auditio.candidates.MyApplications;
import org.auditio.candidates.Receipt;
import org.auditio.candidates.SlotView;
import org.auditio.common.UserError;
import org.auditio.common.ui.DeadlineText;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;
import org.auditio.common.ui.RouteIds;
import org.auditio.common.ui.TimeTexts;
import org.springframework.beans.factory.annotation.Value;

/**
 * The status page of one application: where it stands, the deadline, the voice part, the pieces
 * in order with their recordings, and submit or withdraw. After a submission, the receipt.
 */
@Route("my-applications/:applicationId")
@RolesAllowed("CANDIDATE")
class ApplicationView extends PageColumn implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "applicationId";

    private final MyApplications applications;
    private final Clock clock;
    private final boolean placeholders;
    final Select<VoicePart> voicePart = new Select<>();
    final Button submit = new Button();
    final Button withdraw = new Button();
    final Div receipt = new Div();
    private String title = "";

    /**
     * {@code placeholders}: until the media module stores uploads, the demo lets candidates attach
     * a made-up recording id to a slot, so an application can be completed and submitted.
     */
    ApplicationView(
            MyApplications applications,
            Clock clock,
            @Value("${auditio.candidates.placeholder-recordings:${auditio.demo.enabled:false}}") boolean placeholders) {
        this.applications = applications;
        this.clock = clock;
        this.placeholders = placeholders;
        addClassName("candidate-page");
        receipt.addClassName("callout");
        receipt.addClassName("receipt");
        receipt.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<MyApplication> application = RouteIds.uuid(event, ID).flatMap(this::load);
        if (application.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(application.get());
    }

    private Optional<MyApplication> load(UUID id) {
        try {
            return Optional.of(applications.get(id));
        } catch (UserError notFound) {
            return Optional.empty();
        }
    }

    private void show(MyApplication application) {
        removeAll();
        title = application.audition().title(getLocale());
        add(new H1(title));
        Paragraph stage = new Paragraph(CandidateTexts.stage(application.stage()));
        stage.add(
                " " + getTranslation("application.stage." + application.stage().name() + ".text"));
        add(stage);
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
        voicePart.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> applications.chooseVoicePart(application.id(), change.getValue()));
            }
        });
        add(voicePart, new H2(getTranslation("application.recordings")));
        if (application.changeable()) {
            add(new Paragraph(getTranslation("application.uploads-soon")));
        }
        for (SlotView slot : application.slots()) {
            SlotCard card = new SlotCard(slot, application.audition().zone(), application.changeable(), placeholders);
            card.placeholder.addClickListener(click ->
                    act(() -> applications.attachRecording(application.id(), slot.slotId(), UUID.randomUUID())));
            add(card);
        }
        actions(application);
    }

    private void actions(MyApplication application) {
        long missing = application.missingMandatory();
        if (application.changeable() && missing > 0) {
            add(new Paragraph(getTranslation("application.mandatory-missing", missing)));
        }
        submit.setText(getTranslation("application.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setVisible(application.changeable());
        submit.setEnabled(missing == 0);
        submit.addClickListener(click -> {
            try {
                Receipt sent = applications.submit(application.id());
                show(applications.get(sent.applicationId()));
                Notices.success(getTranslation("application.submitted-notice", sent.code()));
            } catch (UserError error) {
                Notices.error(Notices.text(error));
            }
        });
        withdraw.setText(getTranslation("application.withdraw"));
        withdraw.setVisible(application.withdrawable());
        withdraw.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("application.withdraw.confirm-title"));
            confirm.setText(getTranslation("application.withdraw.confirm-text"));
            confirm.setConfirmText(getTranslation("application.withdraw"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("lifecycle.cancel"));
            confirm.addConfirmListener(yes -> act(() -> applications.withdraw(application.id())));
            confirm.open();
        });
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
