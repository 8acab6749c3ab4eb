package org.auditio.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The birth date is typed on a phone, and its calendar opens near a candidate's birth year. */
@AuditioTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TestClock clock;

    @BeforeEach
    void aCandidate() {
        AsUser.become(TestAccounts.candidate(accounts, Locale.FRENCH), Role.CANDIDATE);
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void the_birth_date_calendar_does_not_open_by_itself_and_starts_twenty_years_back_by_the_clock() {
        clock.advance(Duration.ofDays(400));
        LocalDate today = LocalDate.now(clock);

        ProfileView profile = navigate(ProfileView.class);

        assertThat(profile.dateOfBirth.isAutoOpen()).isFalse();
        assertThat(profile.dateOfBirth.getInitialPosition()).isEqualTo(today.minusYears(20));
    }
}
