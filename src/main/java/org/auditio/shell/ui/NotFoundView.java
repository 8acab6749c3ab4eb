package org.auditio.shell.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.auditio.common.ui.PageColumn;

/** A page that does not exist, said plainly, with the way home. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends PageColumn implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("error.not-found.title")));
        add(new Paragraph(getTranslation("error.not-found.text")));
        add(new Paragraph(new RouterLink(getTranslation("error.home"), HomeView.class)));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
