package org.auditio.auditions.ui;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.auditio.auditions.AuditionDetails;
import org.auditio.common.UserError;
import org.auditio.common.ui.Notices;

/** Runs one save of the editor: success is announced and passed on; a refusal is explained, the form kept. */
final class Saving {

    private Saving() {}

    static void save(Supplier<AuditionDetails> change, Consumer<AuditionDetails> saved) {
        try {
            AuditionDetails details = change.get();
            Notices.success(UI.getCurrent().getTranslation("editor.saved"));
            saved.accept(details);
        } catch (UserError error) {
            Notices.error(Notices.text(error));
        }
    }
}
