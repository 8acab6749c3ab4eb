package org.auditio.candidates.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.function.Consumer;
import org.auditio.auditions.AcceptedMedia;
import org.auditio.candidates.MyApplication;
import org.auditio.candidates.SlotUploads;
import org.auditio.candidates.SlotView;
import org.auditio.common.UserError;
import org.auditio.common.ui.Notices;
import org.auditio.media.MediaPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The upload field of one slot: button and drop zone, the browser's progress bar and cancel, one
 * file at a time (a new one replaces the recording). The bytes go straight to the media store
 * through {@link SlotUploads}; the browser's size limit is a courtesy, the server enforces its own.
 */
class SlotUpload extends Div {

    final Upload upload = new Upload();
    /** Why the last file was refused: stays on the slot (the notice fades) until the next try. */
    final Paragraph refusal = new Paragraph();

    private final SlotUploads uploads;
    private final UUID applicationId;
    private final UUID slotId;
    private final Consumer<MyApplication> stored;
    private final String formats;
    private final double megabytes;

    SlotUpload(
            SlotUploads uploads,
            UUID applicationId,
            SlotView slot,
            MediaPolicy policy,
            String formats,
            long maxBytes,
            long maxAudioBytes,
            Consumer<MyApplication> stored) {
        this.uploads = uploads;
        this.applicationId = applicationId;
        this.slotId = slot.slotId();
        this.stored = stored;
        this.formats = formats;
        this.megabytes = maxBytes / 1e6;
        addClassName("slot-upload");
        upload.setUploadHandler((UploadHandler) this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.setDropAllowed(true);
        upload.setAcceptedFileTypes(acceptedFileTypes(slot.piece().accepts()));
        upload.setI18n(i18n(slot.filled()));
        upload.addFileRejectedListener(rejected -> {
            refused(rejected.getErrorMessage());
            Notices.error(rejected.getErrorMessage());
        });
        // A slot taking either kind takes a larger video than audio file: say both, or an audio file
        // under the shown limit is refused as too large.
        Paragraph hint = new Paragraph(
                policy.audio() && policy.video() && maxAudioBytes < maxBytes
                        ? getTranslation("media.upload.hint.either", formats, maxAudioBytes / 1e6, megabytes)
                        : getTranslation("media.upload.hint", formats, megabytes));
        hint.addClassName("muted");
        refusal.addClassName("slot-refusal");
        refusal.setVisible(false);
        add(upload, refusal, hint);
    }

    /** Runs in the upload request, outside the session lock: the page is changed through {@code ui.access}. */
    void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        ui.access(() -> refused(null));
        try (InputStream content = event.getInputStream()) {
            MyApplication application = uploads.upload(applicationId, slotId, content, event.getFileName());
            ui.access(() -> {
                upload.clearFileList();
                upload.setI18n(i18n(true));
                stored.accept(application);
            });
        } catch (UserError refused) {
            // No UI is current on the upload's request thread: name the page's locale explicitly.
            String message = ui.getTranslation(ui.getLocale(), refused.messageKey(), refused.arguments());
            event.reject(message);
            // The refused file leaves the list: with one file at a time, it would block the next try.
            ui.access(() -> {
                upload.clearFileList();
                refused(message);
                Notices.error(message);
            });
        }
    }

    private void refused(@Nullable String reason) {
        refusal.setText(reason == null ? "" : reason);
        refusal.setVisible(reason != null);
    }

    private UploadI18N i18n(boolean filled) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation(filled ? "media.upload.replace" : "media.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("media.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("media.refused.too-large", megabytes))
                .setIncorrectFileType(getTranslation("media.refused.type", formats))
                .setTooManyFiles(getTranslation("media.upload.one-at-a-time")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setError(new UploadI18N.Uploading.Error()
                        .setFileTooLarge(getTranslation("media.refused.too-large", megabytes))
                        .setForbidden(getTranslation("media.upload.refused"))
                        .setServerUnavailable(getTranslation("media.refused.interrupted"))
                        .setUnexpectedServerError(getTranslation("media.refused.interrupted"))));
        return i18n;
    }

    /** What the browser's file picker offers: the slot's kinds, by type and by extension (phones name them oddly). */
    private static String[] acceptedFileTypes(AcceptedMedia accepts) {
        String[] audio = {"audio/*", ".mp3", ".m4a", ".aac", ".wav", ".aif", ".aiff", ".flac", ".ogg", ".oga", ".opus"};
        String[] video = {"video/*", ".mp4", ".m4v", ".mov", ".webm"};
        return switch (accepts) {
            case AUDIO -> audio;
            case VIDEO -> video;
            case EITHER ->
                java.util.stream.Stream.concat(java.util.Arrays.stream(audio), java.util.Arrays.stream(video))
                        .toArray(String[]::new);
        };
    }
}
