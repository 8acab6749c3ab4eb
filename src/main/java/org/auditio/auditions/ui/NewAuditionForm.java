package org.auditio.auditions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.UUID;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionTemplate;
import org.auditio.auditions.OrganisationSummary;
import org.auditio.common.UserError;
import org.auditio.common.ui.Notices;

/** Titles, organisation and a starting point; the editor opens on the new draft. */
class NewAuditionForm extends Composite<FormLayout> {

    final Select<OrganisationSummary> organisation = new Select<>();
    final TextField titleEn = new TextField();
    final TextField titleFr = new TextField();
    final RadioButtonGroup<AuditionTemplate> template = new RadioButtonGroup<>();
    final Button create = new Button();

    NewAuditionForm(AuditionService auditions, List<OrganisationSummary> organisations) {
        organisation.setLabel(getTranslation("organise.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setValue(organisations.getFirst());
        organisation.setVisible(organisations.size() > 1);
        titleEn.setLabel(getTranslation("editor.title-en"));
        titleFr.setLabel(getTranslation("editor.title-fr"));
        titleEn.setRequiredIndicatorVisible(true);
        titleFr.setRequiredIndicatorVisible(true);
        titleEn.setMaxLength(200);
        titleFr.setMaxLength(200);
        template.setLabel(getTranslation("organise.template"));
        template.setItems(AuditionTemplate.values());
        template.setItemLabelGenerator(t -> getTranslation("organise.template." + t.name()));
        template.setValue(AuditionTemplate.YOUTH_CHOIR);
        create.setText(getTranslation("organise.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> {
            try {
                UUID id = auditions.create(
                        organisation.getValue().id(), titleEn.getValue(), titleFr.getValue(), template.getValue());
                getUI().ifPresent(ui -> ui.navigate(
                        AuditionEditorView.class, new RouteParameters(AuditionEditorView.ID, id.toString())));
            } catch (UserError error) {
                Notices.error(Notices.text(error));
            }
        });
        getContent().add(organisation, titleEn, titleFr, template, create);
        getContent().setColspan(template, 2);
        getContent()
                .setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
    }
}
