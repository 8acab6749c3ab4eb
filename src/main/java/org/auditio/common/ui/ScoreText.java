package org.auditio.common.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A score as people read it. Rankings compare scores to the millionth, so two scores tied there
 * must read the same: rounded to the millionth first, then half up to the decimals shown (plain
 * formatting of the binary double would print one 7.325 as 7.32 and the other as 7.33).
 */
public final class ScoreText {

    private ScoreText() {}

    public static String of(double score, int decimals, Locale locale) {
        BigDecimal millionths = BigDecimal.valueOf(score).setScale(6, RoundingMode.HALF_UP);
        return String.format(locale, "%." + decimals + "f", millionths.setScale(decimals, RoundingMode.HALF_UP));
    }
}
