package org.auditio.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.auditio.common.ui.PageColumn;
import org.auditio.notifications.MailOutbox;

/** The mail the application sent or, without an SMTP server, kept here to be read. */
@Route("admin/outbox")
@Menu(title = "menu.outbox", order = 85)
@RolesAllowed("ADMIN")
class OutboxView extends PageColumn implements HasDynamicTitle {

    OutboxView(MailOutbox outbox) {
        wide();
        DateTimeFormatter times =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        Grid<MailOutbox.Entry> grid = new Grid<>();
        grid.addColumn(entry -> times.format(entry.createdAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("outbox.when"))
                .setAutoWidth(true);
        grid.addColumn(MailOutbox.Entry::recipient)
                .setHeader(getTranslation("outbox.to"))
                .setAutoWidth(true);
        grid.addColumn(MailOutbox.Entry::subject).setHeader(getTranslation("outbox.subject"));
        grid.addColumn(entry -> getTranslation("outbox.status." + entry.status()))
                .setHeader(getTranslation("outbox.status"))
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(entry -> new Pre(entry.body())));
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.setItems(
                query -> outbox.page(query.getOffset(), query.getLimit()).stream(), query -> (int) outbox.count());
        add(new H1(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " · Auditio";
    }
}
