package org.auditio.candidates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.auditio.candidates.SlotView;
import org.auditio.common.ui.TimeTexts;
import org.auditio.media.MediaPlayer;
import org.auditio.media.RecordingInfo;
import org.jspecify.annotations.Nullable;

/** One piece to record: its rules, whether a recording is in place, a player for it, and the upload. */
class SlotCard extends Section {

    final Paragraph state = new Paragraph();
    final Div player = new Div();
    private final ZoneId zone;
    private @Nullable MediaPlayer mediaPlayer;

    SlotCard(SlotView slot, ZoneId zone) {
        this.zone = zone;
        Locale locale = getLocale();
        addClassName("card");
        addClassName("slot");
        add(new H3((slot.position() + 1) + ". " + slot.piece().name(locale)));
        if (!slot.piece().instructions(locale).isBlank()) {
            add(new Paragraph(slot.piece().instructions(locale)));
        }
        Paragraph rules = new Paragraph(CandidateTexts.rules(slot.piece()));
        rules.addClassName("muted");
        add(rules);
        state.addClassName("slot-state");
        state.getElement().setAttribute("aria-live", "polite");
        add(state, player);
    }

    /** Shows the slot's current recording (a player when the store has it), or that there is none yet. */
    void show(SlotView slot, @Nullable RecordingInfo recording) {
        Locale locale = getLocale();
        removeClassNames("slot-filled", "slot-empty");
        addClassName(slot.filled() ? "slot-filled" : "slot-empty");
        state.setText(
                slot.filled() && slot.attachedAt() != null
                        ? getTranslation("application.slot.filled", TimeTexts.dateTime(slot.attachedAt(), zone, locale))
                        : getTranslation("application.slot.empty"));
        player.removeAll();
        mediaPlayer = null;
        if (recording != null) {
            Duration length = recording.duration();
            Paragraph details = new Paragraph(getTranslation(
                    "dashboard.slot.details",
                    recording.displayName(),
                    length == null
                            ? getTranslation("dashboard.slot.duration-unknown")
                            : TimeTexts.minutesSeconds(length)));
            details.addClassName("muted");
            player.add(details);
            for (String warning : SoundWarningTexts.forSinger(this, slot.piece(), recording)) {
                Paragraph told = new Paragraph(warning);
                told.addClassName("warning");
                told.addClassName("sound-warning");
                player.add(told);
            }
            mediaPlayer = new MediaPlayer(
                    recording,
                    getTranslation("media.player.label", slot.piece().name(locale)),
                    getTranslation("media.player.unsupported"));
            player.add(mediaPlayer);
        }
    }

    @Nullable
    MediaPlayer mediaPlayer() {
        return mediaPlayer;
    }

    void addUpload(Component upload) {
        add(upload);
    }
}
