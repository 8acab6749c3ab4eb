package org.auditio.jury;

import java.util.Locale;

/** The French or English text of a bilingual field, the other where one is blank. */
final class JuryTexts {

    private JuryTexts() {}

    static String pick(Locale locale, String english, String french) {
        boolean wantsFrench = "fr".equals(locale.getLanguage());
        String preferred = wantsFrench ? french : english;
        return preferred.isBlank() ? (wantsFrench ? english : french) : preferred;
    }
}
