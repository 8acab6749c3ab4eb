package org.auditio.auditions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.common.ui.DatePickers;
import org.auditio.common.ui.TimeTexts;

/**
 * The one next step of the lifecycle, behind a confirmation that says what it changes; the
 * server checks the step again. An open call offers to extend its deadline instead; an audition in
 * review is published from the selection board, which freezes the decisions and tells applicants.
 */
class LifecycleBar extends HorizontalLayout {

    final Button next = new Button();

    LifecycleBar(AuditionDetails audition, AuditionService auditions, Consumer<AuditionDetails> changed) {
        setWrap(true);
        next.addThemeVariants(ButtonVariant.PRIMARY);
        switch (audition.status()) {
            case DRAFT -> step("open", opening(audition), () -> auditions.open(audition.id()), changed);
            case OPEN -> {
                next.setText(getTranslation("lifecycle.extend"));
                next.addClickListener(click -> extend(audition, auditions, changed));
            }
            case CLOSED -> step("review", "", () -> auditions.startReview(audition.id()), changed);
            case IN_REVIEW -> {
                // Publishing freezes the decisions and tells every applicant: only the selection board does it.
                next.setText(getTranslation("lifecycle.publish"));
                next.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(selection(audition))));
            }
            case PUBLISHED -> step("archive", "", () -> auditions.archive(audition.id()), changed);
            case ARCHIVED -> next.setVisible(false);
        }
        add(next);
    }

    private void step(String name, String detail, Supplier<AuditionDetails> action, Consumer<AuditionDetails> changed) {
        next.setText(getTranslation("lifecycle." + name));
        next.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("lifecycle." + name + ".confirm-title"));
            confirm.setText((detail + " " + getTranslation("lifecycle." + name + ".confirm-text")).strip());
            confirm.setConfirmText(getTranslation("lifecycle." + name));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("lifecycle.cancel"));
            confirm.addConfirmListener(yes -> Saving.save(action, changed));
            confirm.open();
        });
    }

    /** The selection board's address (the selection module's view, which this module may not name). */
    static String selection(AuditionDetails audition) {
        return "organise/" + audition.id() + "/selection";
    }

    private String opening(AuditionDetails audition) {
        ApplicationWindow window = audition.window();
        return window == null
                ? ""
                : getTranslation(
                        "lifecycle.open.window",
                        TimeTexts.dateTime(window.opensAt(), window.zone(), getLocale()),
                        TimeTexts.dateTime(window.closesAt(), window.zone(), getLocale()));
    }

    private void extend(AuditionDetails audition, AuditionService auditions, Consumer<AuditionDetails> changed) {
        ApplicationWindow window = audition.window();
        DateTimePicker deadline = new DateTimePicker(getTranslation("lifecycle.extend.new-deadline"));
        deadline.setLocale(getLocale());
        deadline.setDatePickerI18n(DatePickers.i18n(getLocale()));
        deadline.setStep(Duration.ofMinutes(30));
        deadline.setHelperText(audition.zone().getId());
        if (window != null) {
            deadline.setValue(window.localCloses().toLocalDateTime().plusDays(7));
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("lifecycle.extend"));
        Button save = new Button(getTranslation("lifecycle.extend.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(
                click -> Saving.save(() -> auditions.extendDeadline(audition.id(), deadline.getValue()), details -> {
                    dialog.close();
                    changed.accept(details);
                }));
        Button cancel = new Button(getTranslation("lifecycle.cancel"), click -> dialog.close());
        dialog.add(new Paragraph(getTranslation("lifecycle.extend.text")), deadline);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
