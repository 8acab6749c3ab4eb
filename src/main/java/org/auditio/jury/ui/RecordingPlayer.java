package org.auditio.jury.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where one slot's recording plays. A placeholder until the media module's player exists: it shows
 * the slot's name and length only (never a file name). TODO(media): replace the body with the media
 * player for {@code recordingId}, and let {@link #seek(int)} move its playback position.
 */
class RecordingPlayer extends Div {

    private final int slotPosition;
    private int position;

    RecordingPlayer(int slotPosition, String slotName, Duration maxDuration, @Nullable UUID recordingId) {
        this.slotPosition = slotPosition;
        addClassName("recording-player");
        getElement().setAttribute("data-slot", String.valueOf(slotPosition));
        Span name = new Span(slotName);
        name.addClassName("slot-name");
        Span state = new Span(getTranslation(
                recordingId == null ? "jury.player.no-recording" : "jury.player.placeholder",
                String.format(Locale.ROOT, "%d:%02d", maxDuration.toMinutes(), maxDuration.toSecondsPart())));
        add(name, new Span(" — "), state);
    }

    int slotPosition() {
        return slotPosition;
    }

    /** The playback position in seconds, for a note taken while listening. */
    int position() {
        return position;
    }

    void seek(int seconds) {
        position = Math.max(0, seconds);
    }
}
