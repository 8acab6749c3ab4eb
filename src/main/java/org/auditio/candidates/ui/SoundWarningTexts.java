package org.auditio.candidates.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import org.auditio.auditions.PieceSpec;
import org.auditio.common.ui.TimeTexts;
import org.auditio.media.RecordingInfo;
import org.auditio.media.SoundWarning;

/**
 * The warnings the media store gave about a recording's sound (too short, nearly silent, clipped):
 * whole sentences for its singer, one short line for organisers. Jurors see neither.
 */
final class SoundWarningTexts {

    private SoundWarningTexts() {}

    /** What the singer reads under their recording and right after the upload. */
    static List<String> forSinger(Component page, PieceSpec piece, RecordingInfo recording) {
        return recording.sound().warnings().stream()
                .sorted()
                .map(warning -> warning == SoundWarning.TOO_SHORT && recording.duration() != null
                        ? page.getTranslation(
                                "media.warning.TOO_SHORT",
                                TimeTexts.minutesSeconds(recording.duration()),
                                TimeTexts.minutesSeconds(piece.minDuration()))
                        : page.getTranslation("media.warning." + warning.name()))
                .toList();
    }

    /** "Sound: clipped (1.12 % of samples at full scale) · almost silent", or empty when all is well. */
    static String forOrganisers(Component page, RecordingInfo recording) {
        if (recording.sound().warnings().isEmpty()) {
            return "";
        }
        Double clipped = recording.sound().fullScaleShare();
        String parts = recording.sound().warnings().stream()
                .sorted()
                .map(warning ->
                        page.getTranslation("dashboard.sound." + warning.name(), clipped == null ? 0.0 : clipped * 100))
                .collect(Collectors.joining(" · "));
        return page.getTranslation("dashboard.sound.warnings", parts);
    }
}
