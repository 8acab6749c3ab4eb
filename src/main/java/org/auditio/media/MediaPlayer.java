package org.auditio.media;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;

/**
 * The browser's own {@code <audio>} or {@code <video>} player on the media endpoint: it seeks
 * (the endpoint answers Range requests), shows the duration and works by keyboard, with no bundle.
 */
public class MediaPlayer extends Div {

    private final Element media;

    /**
     * @param label what the player plays, for screen readers
     * @param unsupported the text shown by a browser that cannot play it
     */
    public MediaPlayer(RecordingInfo recording, String label, String unsupported) {
        addClassName("media-player");
        media = new Element(recording.kind() == MediaKind.VIDEO ? "video" : "audio");
        media.setAttribute("controls", true);
        media.setAttribute("preload", "metadata");
        media.setAttribute("aria-label", label);
        if (recording.kind() == MediaKind.VIDEO) {
            media.setAttribute("playsinline", true);
            media.getStyle().set("max-width", "100%").set("max-height", "60vh");
        } else {
            media.getStyle().set("width", "100%");
        }
        // Relative to the page's base, so the application may live under a context path.
        media.setAttribute("src", recording.playbackPath().substring(1));
        media.setText(unsupported);
        // The position reaches the server at most once a second while playing, and at every seek or pause.
        media.addPropertyChangeListener("currentTime", "timeupdate", change -> {})
                .throttle(1000);
        media.addPropertyChangeListener("currentTime", "pause", change -> {});
        media.addPropertyChangeListener("currentTime", "seeked", change -> {});
        getElement().appendChild(media);
    }

    /** The playback position the browser last reported, in seconds. */
    public double position() {
        return media.getProperty("currentTime", 0.0);
    }

    /** Moves playback to the given second (a timestamped note was clicked). */
    public void seek(double seconds) {
        media.setProperty("currentTime", Math.max(0, seconds));
    }

    /** Plays if paused, pauses if playing: for a keyboard shortcut (a refused play() is ignored). */
    public void togglePlay() {
        media.executeJs("if (this.paused) { this.play().catch(() => {}); } else { this.pause(); }");
    }

    /** Moves playback by some seconds (negative: back) from where the browser is now, not from the last report. */
    public void seekBy(double seconds) {
        media.executeJs("this.currentTime = Math.max(0, this.currentTime + $0)", seconds);
    }

    /** Tells when the listener starts playing this one: it becomes the one the keyboard controls. */
    public Registration addPlayListener(Runnable listener) {
        return media.addEventListener("play", event -> listener.run());
    }

    public String source() {
        return media.getAttribute("src");
    }

    public String tag() {
        return media.getTag();
    }
}
