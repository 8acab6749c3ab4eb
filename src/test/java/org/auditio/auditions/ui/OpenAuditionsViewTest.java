package org.auditio.auditions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.common.ui.HomePageSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AuditioTest
class OpenAuditionsViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditionService auditions;

    @Autowired
    TestClock clock;

    @Autowired
    HomePageSection openAuditionsOnHome;

    @Autowired
    AuditionFixtures fixtures;

    UUID open;
    UUID draft;
    String openTitle;
    String draftTitle;

    @BeforeEach
    void calls() {
        AuditionFixtures.Organiser organiser = fixtures.organiser();
        open = fixtures.open(organiser, 3);
        draft = fixtures.draft(organiser, 3);
        openTitle = AsUser.call(organiser.email(), Role.ORGANISER, () -> auditions.details(open))
                .titleEn();
        draftTitle = AsUser.call(organiser.email(), Role.ORGANISER, () -> auditions.details(draft))
                .titleEn();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anyone_sees_the_open_calls_with_the_time_left_but_never_a_draft() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(OpenAuditionsView.class);
        assertThat($(RouterLink.class).withText(openTitle).exists()).isTrue();
        assertThat($(RouterLink.class).withText(draftTitle).exists()).isFalse();
        assertThat($(Span.class).withText("Closes in 3 days").exists()).isTrue();
    }

    @Test
    void the_call_page_says_in_french_who_may_apply_and_offers_to_apply() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(AuditionCallView.class, Map.of(AuditionCallView.ID, open.toString()));
        assertThat($(H1.class).first().getText()).isEqualTo("Chœur des jeunes");
        assertThat($(Paragraph.class)
                        .withTextContaining("nés entre le 2 juillet 1999 et le 1 juillet 2009")
                        .exists())
                .isTrue();
        assertThat($(Button.class).withText("Candidater").exists()).isTrue();
    }

    @Test
    void the_home_page_section_lists_open_calls() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().add(openAuditionsOnHome.create());
        assertThat($(RouterLink.class).withText("See all open auditions").exists())
                .isTrue();
    }
}
