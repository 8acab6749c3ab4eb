package org.auditio.candidates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.nio.charset.StandardCharsets;
import org.auditio.candidates.CandidateProfiles;

/** My data: download all of it as JSON, or have it erased (after a confirmation that says what stays). */
class PersonalDataSection extends Section {

    final Anchor download;
    final Button erase = new Button();

    PersonalDataSection(CandidateProfiles profiles, AuthenticationContext authentication) {
        DownloadHandler export = event -> {
            event.setFileName("auditio-my-data.json");
            event.setContentType("application/json");
            event.getOutputStream().write(profiles.exportMyData().getBytes(StandardCharsets.UTF_8));
        };
        download = new Anchor(export, AttachmentType.DOWNLOAD, getTranslation("profile.data.download"));
        erase.setText(getTranslation("profile.data.erase"));
        erase.addThemeVariants(ButtonVariant.ERROR);
        erase.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("profile.data.erase.confirm-title"));
            confirm.setText(getTranslation("profile.data.erase.confirm-text"));
            confirm.setConfirmText(getTranslation("profile.data.erase"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("lifecycle.cancel"));
            confirm.addConfirmListener(yes -> {
                profiles.eraseMe();
                authentication.logout();
            });
            confirm.open();
        });
        add(new H2(getTranslation("profile.data")), new Paragraph(getTranslation("profile.data.intro")));
        add(new Paragraph(download), erase);
    }
}
