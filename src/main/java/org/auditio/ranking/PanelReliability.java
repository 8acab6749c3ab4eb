package org.auditio.ranking;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How far the jurors agree: Krippendorff's alpha (interval, missing scores allowed) on the weighted
 * scores and per criterion, over the {@code pairable} applications scored by two jurors or more,
 * and Kendall's W over the {@code kendallApplications} applications that all {@code kendallJurors}
 * jurors scored. None where there is nothing to compare.
 */
public record PanelReliability(
        @Nullable Double alpha,
        List<CriterionAlpha> criteria,
        @Nullable Double kendallW,
        int kendallJurors,
        int kendallApplications,
        int pairable) {

    /** Below this many pairable applications, alpha is shown but not read aloud as a verdict. */
    public static final int READABLE_FROM = 5;

    public PanelReliability {
        criteria = List.copyOf(criteria);
    }

    /** Krippendorff's alpha of one rubric criterion. */
    public record CriterionAlpha(
            UUID criterionId,
            String labelEn,
            String labelFr,
            @Nullable Double alpha) {

        public String label(Locale locale) {
            return "fr".equals(locale.getLanguage()) && !labelFr.isBlank() ? labelFr : labelEn;
        }
    }

    /** Krippendorff's own reading: from 0.8 reliable, from 0.667 tentative, below that not reliable. */
    public Reading reading() {
        if (alpha == null || pairable < READABLE_FROM) {
            return Reading.UNKNOWN;
        }
        return alpha >= 0.8 ? Reading.RELIABLE : alpha >= 0.667 ? Reading.TENTATIVE : Reading.UNRELIABLE;
    }

    public enum Reading {
        UNKNOWN,
        RELIABLE,
        TENTATIVE,
        UNRELIABLE
    }
}
