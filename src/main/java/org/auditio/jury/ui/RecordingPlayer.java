package org.auditio.jury.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.auditio.media.MediaPlayer;
import org.auditio.media.RecordingInfo;
import org.jspecify.annotations.Nullable;

/**
 * One slot's recording: its name and the browser's player on the media endpoint (an opaque URL,
 * never a file name). Knows the playback position for a note and seeks when a note is clicked.
 */
class RecordingPlayer extends Div {

    private final int slotPosition;
    private final @Nullable MediaPlayer player;

    RecordingPlayer(int slotPosition, String slotName, Optional<RecordingInfo> recording) {
        this.slotPosition = slotPosition;
        addClassName("recording-player");
        getElement().setAttribute("data-slot", String.valueOf(slotPosition));
        Span name = new Span(slotName);
        name.addClassName("slot-name");
        add(name);
        this.player = recording
                .map(info -> new MediaPlayer(
                        info,
                        getTranslation("jury.player.label", slotName),
                        getTranslation("media.player.unsupported")))
                .orElse(null);
        if (player == null) {
            add(new Span(" — "), new Span(getTranslation("jury.player.no-recording")));
        } else {
            add(player);
        }
    }

    int slotPosition() {
        return slotPosition;
    }

    /** The playback position in seconds, for a note taken while listening. */
    int position() {
        return player == null ? 0 : (int) Math.floor(player.position());
    }

    void seek(int seconds) {
        if (player != null) {
            player.seek(seconds);
        }
    }

    void togglePlay() {
        if (player != null) {
            player.togglePlay();
        }
    }

    void seekBy(int seconds) {
        if (player != null) {
            player.seekBy(seconds);
        }
    }

    /** Runs when the juror starts this recording (by mouse or keyboard). */
    void onPlay(Runnable listener) {
        if (player != null) {
            player.addPlayListener(listener);
        }
    }

    boolean playable() {
        return player != null;
    }
}
