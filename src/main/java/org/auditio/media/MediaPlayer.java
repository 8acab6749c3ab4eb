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
        level(recording.facts());
        getElement().appendChild(media);
    }

    /** EBU R128's programme loudness: every recording is brought near it, so none is judged by its volume. */
    static final double TARGET_LUFS = -23;
    /** Headroom kept below full scale when a quiet recording is raised, so levelling never clips it. */
    static final double PEAK_CEILING_DBFS = -1;

    private static final double MAX_CHANGE_DB = 20;

    /**
     * The gain, in dB, that brings a recording to {@link #TARGET_LUFS} without pushing its true
     * peak above {@link #PEAK_CEILING_DBFS}; 0 when its loudness is unknown. A plain gain: the
     * dynamics (what a juror judges) are untouched.
     */
    static double levellingDb(MediaFacts facts) {
        Double loudness = facts.loudnessLufs();
        if (loudness == null) {
            return 0;
        }
        double gain = TARGET_LUFS - loudness;
        Double peak = facts.truePeakDbfs();
        if (peak != null) {
            gain = Math.min(gain, PEAK_CEILING_DBFS - peak);
        }
        return Math.max(-MAX_CHANGE_DB, Math.min(MAX_CHANGE_DB, gain));
    }

    /** Routes the element through a Web Audio gain at first play (browsers allow audio only after a gesture). */
    private void level(MediaFacts facts) {
        double db = levellingDb(facts);
        media.setAttribute("data-levelling-db", String.format(java.util.Locale.ROOT, "%.1f", db));
        if (Math.abs(db) < 0.5) {
            return;
        }
        media.executeJs("""
                const element = this;
                element.addEventListener('play', () => {
                  try {
                    if (!element.levelling) {
                      const context = new AudioContext();
                      const gain = context.createGain();
                      gain.gain.value = $0;
                      context.createMediaElementSource(element).connect(gain).connect(context.destination);
                      element.levelling = context;
                    }
                    element.levelling.resume();
                  } catch (e) { /* without Web Audio the recording plays as it is */ }
                });""", Math.pow(10, db / 20));
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
