package org.auditio.shell.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.auditio.common.ui.PageColumn;

/** A logged-in user who opened a page their role does not allow. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class AccessDeniedView extends PageColumn implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H1(getTranslation("error.denied.title")));
        add(new Paragraph(getTranslation("error.denied.text")));
        add(new Paragraph(new RouterLink(getTranslation("error.home"), HomeView.class)));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
