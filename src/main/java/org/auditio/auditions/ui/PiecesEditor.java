package org.auditio.auditions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.auditio.auditions.AcceptedMedia;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.AuditionStatus;
import org.auditio.auditions.PieceSpec;

/** The required pieces, in the order candidates record them: add, reorder, remove, then save. */
class PiecesEditor extends Composite<Div> {

    private final Div list = new Div();
    final List<PieceCard> cards = new ArrayList<>();
    final Button add = new Button();
    final Button save = new Button();
    private final boolean frozen;

    PiecesEditor(AuditionDetails audition, AuditionService auditions, Consumer<AuditionDetails> saved) {
        frozen = audition.status() != AuditionStatus.DRAFT;
        audition.pieces().forEach(this::addCard);
        add.setText(getTranslation("editor.pieces.add"));
        add.addClickListener(click ->
                addCard(new PieceSpec(null, "", "", "", "", AcceptedMedia.EITHER, Duration.ofMinutes(5), true)));
        save.setText(getTranslation("editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            List<Optional<PieceSpec>> typed =
                    cards.stream().map(PieceCard::value).toList();
            if (typed.stream().allMatch(Optional::isPresent)) {
                Saving.save(
                        () -> auditions.requirePieces(
                                audition.id(),
                                typed.stream().map(Optional::orElseThrow).toList()),
                        saved);
            }
        });
        getContent().add(new Paragraph(getTranslation("editor.pieces.intro")), list);
        if (frozen) {
            Paragraph note = new Paragraph(getTranslation("editor.pieces.frozen"));
            note.addClassName("callout");
            getContent().add(note);
        } else {
            getContent().add(new HorizontalLayout(add, save));
        }
    }

    private void addCard(PieceSpec piece) {
        PieceCard card = new PieceCard(piece, frozen);
        card.up.addClickListener(click -> move(card, -1));
        card.down.addClickListener(click -> move(card, 1));
        card.remove.addClickListener(click -> {
            cards.remove(card);
            renumber();
        });
        cards.add(card);
        renumber();
    }

    private void move(PieceCard card, int by) {
        int from = cards.indexOf(card);
        int to = from + by;
        if (to < 0 || to >= cards.size()) {
            return;
        }
        cards.remove(from);
        cards.add(to, card);
        renumber();
    }

    private void renumber() {
        list.removeAll();
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).number(i + 1);
            list.add(cards.get(i));
        }
    }
}
