package org.auditio.jury.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.auditio.common.ui.Notices;
import org.auditio.jury.ScoreSheet;

/**
 * Timestamped notes: a note keeps the slot and the playback position it was taken at; clicking a
 * note seeks that slot's player there.
 */
class NotesPanel extends Composite<Div> {

    /** Saves a note; returns it as saved. */
    interface NoteTaker {
        ScoreSheet.NoteView take(int slotPosition, int atSeconds, String text);
    }

    final TextField text = new TextField();
    final IntegerField seconds = new IntegerField();
    final Select<Integer> slot = new Select<>();
    final Button add = new Button();
    private final Div list = new Div();
    private final Map<Integer, RecordingPlayer> players;

    NotesPanel(
            List<ScoreSheet.NoteView> notes,
            Map<Integer, RecordingPlayer> players,
            Map<Integer, String> slotNames,
            NoteTaker taker) {
        this.players = players;
        getContent().addClassName("timed-notes");
        text.setLabel(getTranslation("jury.notes.text"));
        text.setId("note-text");
        seconds.setLabel(getTranslation("jury.notes.at"));
        seconds.setMin(0);
        seconds.setStepButtonsVisible(true);
        slot.setLabel(getTranslation("jury.notes.slot"));
        slot.setItems(slotNames.keySet());
        slot.setItemLabelGenerator(slotNames::get);
        if (!slotNames.isEmpty()) {
            slot.setValue(slotNames.keySet().iterator().next());
        }
        slot.addValueChangeListener(e -> followPlayer());
        followPlayer();
        add.setText(getTranslation("jury.notes.add"));
        // Enter in the note's text takes the note: the keyboard alone is enough.
        Shortcuts.addShortcutListener(text, add::click, Key.ENTER)
                .listenOn(text)
                .resetFocusOnActiveElement();
        add.addClickListener(e -> Notices.attempt(() -> {
            int at = seconds.getValue() == null ? 0 : seconds.getValue();
            int where = slot.getValue() == null ? 0 : slot.getValue();
            show(taker.take(where, at, text.getValue()));
            text.clear();
        }));
        getContent().add(new H3(getTranslation("jury.notes.title")), ScoringView.row(slot, seconds, text, add), list);
        notes.forEach(this::show);
    }

    /** The juror started this slot's recording: notes now go to it. */
    void listenTo(int slotPosition) {
        if (slot.getListDataView().contains(slotPosition)) {
            slot.setValue(slotPosition);
        }
    }

    /** Ready to write a note where the juror is listening now. */
    void startNote() {
        followPlayer();
        text.focus();
    }

    /** The position field follows the player: a note keeps where the juror was listening. */
    private void followPlayer() {
        RecordingPlayer player = slot.getValue() == null ? null : players.get(slot.getValue());
        seconds.setValue(player == null ? 0 : player.position());
    }

    private void show(ScoreSheet.NoteView note) {
        Button entry = new Button(JuryLabels.time(note.atSeconds()) + " — " + note.text());
        entry.addClassName("timed-note");
        entry.addClickListener(e -> {
            RecordingPlayer player = players.get(note.slotPosition());
            if (player != null) {
                player.seek(note.atSeconds());
            }
        });
        list.add(entry);
    }
}
