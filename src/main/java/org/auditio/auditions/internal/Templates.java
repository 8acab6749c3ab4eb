package org.auditio.auditions.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import org.auditio.auditions.AcceptedMedia;
import org.auditio.auditions.AuditionTemplate;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.EligibilityRules;
import org.auditio.auditions.PieceSpec;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.auditions.domain.Audition;

/** The contents of each {@link AuditionTemplate}: the reference cases of DOMAIN.md, in both languages. */
public final class Templates {

    private Templates() {}

    /** Fills a fresh draft. {@code today} sets the youth choir's reference date: the next 1 July. */
    public static void apply(AuditionTemplate template, Audition draft, LocalDate today) {
        switch (template) {
            case BLANK -> {}
            case YOUTH_CHOIR -> {
                draft.offer(satb(18, 4));
                draft.requirePieces(youthChoirPieces());
                draft.useRubric(youthChoirRubric());
                LocalDate firstOfJuly = LocalDate.of(today.getYear(), Month.JULY, 1);
                draft.restrict(new EligibilityRules(
                        17, 26, today.isAfter(firstOfJuly) ? firstOfJuly.plusYears(1) : firstOfJuly, Set.of()));
            }
            case WORKSHOP -> {
                draft.offer(satb(12, 2));
                draft.requirePieces(workshopPieces());
                draft.useRubric(workshopRubric());
            }
        }
    }

    public static List<VoicePartQuota> satb(int places, int reserve) {
        return List.of(VoicePart.S, VoicePart.A, VoicePart.T, VoicePart.B).stream()
                .map(part -> new VoicePartQuota(part, places, reserve))
                .toList();
    }

    public static List<PieceSpec> youthChoirPieces() {
        return List.of(
                piece(
                        "Range test",
                        "Test de tessiture",
                        "One scale, forte, a cappella, over your whole range.",
                        "Une gamme, forte, a cappella, sur toute votre tessiture.",
                        AcceptedMedia.AUDIO,
                        Duration.ofSeconds(80)),
                piece(
                        "Sight-reading",
                        "Déchiffrage",
                        "Handed out on the day by your recruiter: 10 minutes’ preparation, first take only.",
                        "Remis le jour même par votre recruteur : 10 minutes de préparation, première prise uniquement.",
                        AcceptedMedia.EITHER,
                        Duration.ofMinutes(3)),
                piece(
                        "Set piece",
                        "Pièce imposée",
                        "Your own part of this year’s set piece (the score is named in the call).",
                        "Votre voix de la pièce imposée de l’année (la partition est indiquée dans l’appel).",
                        AcceptedMedia.EITHER,
                        Duration.ofMinutes(5)),
                piece(
                        "Aria or Lied of your choice",
                        "Air ou Lied au choix",
                        "A piece that shows your voice at its best.",
                        "Une pièce qui montre votre voix sous son meilleur jour.",
                        AcceptedMedia.EITHER,
                        Duration.ofMinutes(6)));
    }

    public static List<CriterionSpec> youthChoirRubric() {
        return List.of(
                criterion("Range", "Tessiture", "10", "0.5"),
                criterion("Sight-reading", "Déchiffrage", "10", "0.5"),
                criterion("Vocal technique", "Technique vocale", "10", "0.5"),
                criterion("Preparing a piece", "Préparation d’une pièce", "10", "0.5"),
                criterion("Overall performance", "Interprétation d’ensemble", "10", "0.5"));
    }

    public static List<PieceSpec> workshopPieces() {
        return List.of(
                piece(
                        "Introduce yourself",
                        "Présentez-vous",
                        "A short video: who you are, what you sing, why this workshop.",
                        "Une courte vidéo : qui vous êtes, ce que vous chantez, pourquoi cet atelier.",
                        AcceptedMedia.VIDEO,
                        Duration.ofMinutes(2)),
                piece(
                        "A piece of your choice",
                        "Une pièce au choix",
                        "Any style, accompanied or not.",
                        "Tout style, accompagné ou non.",
                        AcceptedMedia.EITHER,
                        Duration.ofMinutes(4)));
    }

    public static List<CriterionSpec> workshopRubric() {
        return List.of(
                criterion("Voice", "Voix", "5", "1"),
                criterion("Musicality", "Musicalité", "5", "1"),
                criterion("Motivation", "Motivation", "5", "1"));
    }

    private static PieceSpec piece(
            String nameEn, String nameFr, String doEn, String doFr, AcceptedMedia accepts, Duration max) {
        return new PieceSpec(null, nameEn, nameFr, doEn, doFr, accepts, max, true);
    }

    private static CriterionSpec criterion(String labelEn, String labelFr, String max, String step) {
        return new CriterionSpec(
                null, labelEn, labelFr, BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal(max), new BigDecimal(step));
    }
}
