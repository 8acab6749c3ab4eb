package org.auditio.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoreTextTest {

    @Test
    void scores_tied_for_the_ranking_read_the_same_rounded_half_up() {
        double summed = (7.3 + 7.3 + 7.35 + 7.35) / 4; // 7.324999999999999 in binary
        assertThat(summed).isLessThan(7.325);
        assertThat(ScoreText.of(summed, 2, Locale.ENGLISH)).isEqualTo("7.33");
        assertThat(ScoreText.of(7.325, 2, Locale.ENGLISH)).isEqualTo("7.33");
        assertThat(ScoreText.of(7.325, 2, Locale.FRENCH)).isEqualTo("7,33");
        assertThat(ScoreText.of(8.925, 3, Locale.ENGLISH)).isEqualTo("8.925");
    }
}
