package org.auditio.auditions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.auditio.accounts.AccountSummary;
import org.auditio.auditions.OrganisationKind;
import org.auditio.auditions.OrganisationSummary;
import org.auditio.auditions.Organisations;
import org.auditio.common.UserError;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;

/** Admins create organisations and attach organisers to them; an organiser sees only their organisations' auditions. */
@Route("admin/organisations")
@Menu(title = "menu.organisations", order = 82)
@RolesAllowed("ADMIN")
class OrganisationsView extends PageColumn implements HasDynamicTitle {

    final TextField name = new TextField();
    final Select<OrganisationKind> kind = new Select<>();
    final Button create = new Button();
    final Grid<OrganisationSummary> grid = new Grid<>();
    final Div members = new Div();

    private final Organisations organisations;

    OrganisationsView(Organisations organisations) {
        this.organisations = organisations;
        wide();
        name.setLabel(getTranslation("organisations.name"));
        kind.setLabel(getTranslation("organisations.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisations.kind." + k.name()));
        kind.setValue(OrganisationKind.NETWORK_MEMBER);
        create.setText(getTranslation("organisations.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> {
            try {
                organisations.create(name.getValue(), kind.getValue());
                name.clear();
                grid.getDataProvider().refreshAll();
            } catch (UserError error) {
                name.setErrorMessage(Notices.text(error));
                name.setInvalid(true);
            }
        });
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("organisations.name"));
        grid.addColumn(o -> getTranslation("organisations.kind." + o.kind().name()))
                .setHeader(getTranslation("organisations.kind"));
        grid.addColumn(OrganisationSummary::organisers).setHeader(getTranslation("organisations.organisers"));
        grid.setItems(query -> organisations.page(query.getOffset(), query.getLimit()).stream(), query ->
                (int) organisations.count());
        grid.setHeight("20rem");
        grid.asSingleSelect().addValueChangeListener(change -> showMembers(change.getValue()));
        FormLayout form = new FormLayout(name, kind, create);
        add(new H1(getTranslation("organisations.title")), new Paragraph(getTranslation("organisations.intro")));
        add(new H2(getTranslation("organisations.new")), form, grid, members);
    }

    private void showMembers(OrganisationSummary organisation) {
        members.removeAll();
        if (organisation == null) {
            return;
        }
        members.add(new H2(getTranslation("organisations.members", organisation.name())));
        for (AccountSummary organiser : organisations.organisers(organisation.id())) {
            Button remove = new Button(getTranslation("editor.remove"), click -> {
                organisations.removeOrganiser(organisation.id(), organiser.id());
                refresh(organisation);
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            members.add(new Paragraph(organiser.displayName() + " · " + organiser.email() + " "), remove);
        }
        EmailField email = new EmailField(getTranslation("organisations.add-organiser"));
        Button add = new Button(getTranslation("organisations.add"), click -> {
            try {
                organisations.addOrganiser(organisation.id(), email.getValue());
                refresh(organisation);
            } catch (UserError error) {
                email.setErrorMessage(Notices.text(error));
                email.setInvalid(true);
            }
        });
        members.add(new FormLayout(email, add));
    }

    private void refresh(OrganisationSummary organisation) {
        grid.getDataProvider().refreshAll();
        showMembers(organisation);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title") + " · Auditio";
    }
}
