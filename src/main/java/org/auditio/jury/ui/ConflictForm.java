package org.auditio.jury.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import org.auditio.accounts.AccountSummary;
import org.auditio.candidates.ApplicationFilter;
import org.auditio.candidates.ApplicationRow;
import org.auditio.candidates.ApplicationSort;
import org.auditio.candidates.ApplicationStatus;
import org.auditio.candidates.AuditionApplications;
import org.auditio.common.UserError;
import org.auditio.common.ui.Notices;
import org.auditio.jury.ConflictKind;
import org.auditio.jury.JuryPanels;

/**
 * Organisers record a conflict they know of (they may see names): the candidate by name, the
 * juror, the tie. The juror loses access to that application at once.
 */
class ConflictForm extends Composite<HorizontalLayout> {

    final ComboBox<ApplicationRow> candidate = new ComboBox<>();
    final Select<AccountSummary> juror = new Select<>();
    final Select<ConflictKind> kind = new Select<>();
    final Button record = new Button();

    ConflictForm(UUID auditionId, AuditionApplications dashboard, JuryPanels panels, Runnable recorded) {
        candidate.setLabel(getTranslation("jury.conflict.candidate"));
        candidate.setItemLabelGenerator(ApplicationRow::candidateName);
        candidate.setItems(
                query -> dashboard
                        .page(
                                auditionId,
                                submitted(query.getFilter().orElse("")),
                                ApplicationSort.DEFAULT,
                                query.getOffset(),
                                query.getLimit())
                        .stream(),
                query -> (int)
                        dashboard.count(auditionId, submitted(query.getFilter().orElse(""))));
        juror.setLabel(getTranslation("jury.progress.juror"));
        juror.setItemLabelGenerator(AccountSummary::displayName);
        kind.setLabel(getTranslation("jury.conflict.organiser-kind"));
        kind.setItems(ConflictKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("jury.conflict." + k.name()));
        kind.setValue(ConflictKind.OTHER);
        record.setText(getTranslation("jury.conflict.record"));
        record.addClickListener(e -> Notices.attempt(() -> {
            if (candidate.getValue() == null || juror.getValue() == null || kind.getValue() == null) {
                throw new UserError("jury.conflict.incomplete");
            }
            panels.recordConflict(
                    auditionId, candidate.getValue().id(), juror.getValue().id(), kind.getValue());
            candidate.clear();
            recorded.run();
        }));
        getContent().add(candidate, juror, kind, record);
        getContent().setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        // Side by side on a screen, one under the other on a phone.
        getContent().setWrap(true);
    }

    void jurors(List<AccountSummary> members) {
        juror.setItems(members);
    }

    private static ApplicationFilter submitted(String name) {
        return new ApplicationFilter(null, null, ApplicationStatus.SUBMITTED, null, null, name.isBlank() ? null : name);
    }
}
