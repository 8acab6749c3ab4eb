package org.auditio.ranking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.jury.JuryFixtures;
import org.auditio.jury.JuryFixtures.Call;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryWork;
import org.auditio.ranking.AggregationMethod;
import org.auditio.ranking.RankingFixtures;
import org.auditio.ranking.Rankings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@AuditioTest
class RankingViewTest extends SpringBrowserlessTest {

    @Autowired
    JuryPanels panels;

    @Autowired
    JuryWork work;

    @Autowired
    Rankings rankings;

    @Autowired
    TestClock clock;

    @Autowired
    JuryFixtures fixtures;

    @Autowired
    AuditionFixtures organisations;

    Call call;
    RankingFixtures jury;
    List<String> codes;

    @BeforeEach
    void scoredCall() {
        call = fixtures.closedCall(4, 3);
        jury = new RankingFixtures(panels, work);
        jury.start(call);
        codes = jury.codes(call);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void before_any_mark_the_view_says_nothing_is_scored_yet() {
        AsUser.become(call.organiser().email(), Role.ORGANISER);
        RankingView view = open();

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).contains("Nothing has been scored yet");
        assertThat(view.grid.isVisible()).isFalse();
    }

    @Test
    void an_organiser_compares_two_methods_by_code_and_keeps_one_and_the_chair_sees_it() {
        // juror 3 is lenient on code 1 and harsh on code 0: the median and the mean disagree
        String[][] marks = {{"8", "7", "5", "6"}, {"8", "7", "5", "6"}, {"2", "10", "5", "6"}};
        jury.scoreAll(call, codes, (j, c) -> marks[j][c]);
        AsUser.become(call.organiser().email(), Role.ORGANISER);
        RankingView view = open();

        assertThat(test(view.grid).size()).isEqualTo(4);
        assertThat(test(view.grid).getRow(0).ranked().code()).isEqualTo(codes.get(1));
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo(codes.get(1));
        test(view.compare).selectItem("Median");
        assertThat(test(view.grid).getCellText(0, 10)).isEqualTo("1 lower with the other method");
        assertThat(view.reliability.getText()).startsWith("Krippendorff’s alpha");
        assertThat(test(view.jurors).size()).isEqualTo(3);
        assertThat(test(view.leaveOneOut).getCellText(2, 1)).isEqualTo("1");
        assertThat(view.charts.getChildren().filter(Svg.class::isInstance).count())
                .isEqualTo(2);
        assertThat(view.charts.getElement().getTextRecursively())
                .as("each chart says what it shows, in words")
                .contains("Distribution of each juror’s scores", "red bars are the disputed candidates");

        test(view.method).selectItem("Median");
        test(view.keep).click();
        assertThat(AsUser.call(call.organiser().email(), Role.ORGANISER, () -> rankings.chosen(call.auditionId()))
                        .method())
                .isEqualTo(AggregationMethod.MEDIAN);

        AsUser.become(call.jurors().getFirst().email(), Role.JUROR);
        RankingView chair = open();
        assertThat(chair.keep.isVisible()).isFalse();
        assertThat(chair.method.getValue()).isEqualTo(AggregationMethod.MEDIAN);
        assertThat(test(chair.grid).getRow(0).ranked().code()).isEqualTo(codes.get(0));

        AsUser.become(call.jurors().get(1).email(), Role.JUROR);
        assertThatThrownBy(this::open).hasMessageContaining("NotFoundView");
    }

    @Test
    void an_organiser_of_another_organisation_gets_the_not_found_page() {
        AsUser.become(organisations.organiser().email(), Role.ORGANISER);

        assertThatThrownBy(this::open).hasMessageContaining("NotFoundView");
    }

    private RankingView open() {
        return navigate(
                RankingView.class, Map.of("auditionId", call.auditionId().toString()));
    }
}
