package org.auditio.auditions;

import java.util.Locale;

/** Picks the French or English text of a bilingual field, falling back to the other when one is blank. */
final class Bilingual {

    private Bilingual() {}

    static String pick(Locale locale, String english, String french) {
        boolean wantsFrench = "fr".equals(locale.getLanguage());
        String preferred = wantsFrench ? french : english;
        return preferred.isBlank() ? (wantsFrench ? english : french) : preferred;
    }
}
