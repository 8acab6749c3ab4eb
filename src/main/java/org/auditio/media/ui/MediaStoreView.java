package org.auditio.media.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import org.auditio.common.ui.Notices;
import org.auditio.common.ui.PageColumn;
import org.auditio.media.StoreIntegrity;

/** The administrator checks the media store: every file re-hashed, unfinished uploads swept, losses reported. */
@Route("admin/media")
@Menu(title = "menu.media-store", order = 86)
@RolesAllowed("ADMIN")
class MediaStoreView extends PageColumn implements HasDynamicTitle {

    final Button check = new Button();
    final UnorderedList results = new UnorderedList();

    MediaStoreView(StoreIntegrity integrity) {
        check.setText(getTranslation("media-store.check"));
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.setDisableOnClick(true);
        check.addClickListener(click -> {
            try {
                show(integrity.check());
            } catch (IOException failed) {
                Notices.error(getTranslation("media-store.failed"));
            } finally {
                check.setEnabled(true);
            }
        });
        results.getElement().setAttribute("aria-live", "polite");
        add(
                new H1(getTranslation("media-store.title")),
                new Paragraph(getTranslation("media-store.intro")),
                check,
                results);
    }

    private void show(StoreIntegrity.Report report) {
        results.removeAll();
        results.add(new ListItem(getTranslation("media-store.checked", report.checkedFiles())));
        results.add(new ListItem(
                getTranslation("media-store.corrupt", report.corruptFiles().size())));
        report.corruptFiles().forEach(key -> results.add(new ListItem(key)));
        results.add(new ListItem(
                getTranslation("media-store.swept", report.sweptTemporaryFiles(), report.sweptAbandonedRows())));
        results.add(new ListItem(getTranslation(
                "media-store.files-without-row", report.filesWithoutRow().size())));
        results.add(new ListItem(getTranslation("media-store.rows-without-file", report.rowsWithoutFile())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("media-store.title") + " · Auditio";
    }
}
