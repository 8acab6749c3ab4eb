package org.auditio.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.TestPropertySource;

/** The owner of an account under a burst of failed logins hears of it once, by real SMTP, in their language. */
@AuditioTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class LoginWarningMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/password/([A-Za-z0-9_-]{43})");

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordLinks links;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_tenth_failure_from_anywhere_warns_the_owner_once_with_a_working_reset_link() throws Exception {
        String email = AccountServiceTest.unique("besieged");
        TestAccounts.register(
                accounts, new Registration("Jeanne Juré", email, "a long enough passphrase", Locale.FRENCH));
        smtp.waitForIncomingEmail(10_000, 1);
        smtp.purgeEmailFromAllMailboxes(); // the registration link

        for (int attempt = 1; attempt <= 9; attempt++) {
            fail(email, "10.0.2." + attempt);
        }
        Thread.sleep(1500);
        assertThat(smtp.getReceivedMessagesForDomain(email))
                .as("no warning before the 10th")
                .isEmpty();

        for (int attempt = 10; attempt <= 14; attempt++) {
            fail(email, "10.0.2." + attempt);
        }
        smtp.waitForIncomingEmail(10_000, 1);
        Thread.sleep(1500);
        MimeMessage[] mails = smtp.getReceivedMessagesForDomain(email);
        assertThat(mails).as("one warning per window").hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Quelqu’un tente de se connecter à votre compte Auditio");
        String text = (String) mails[0].getContent();
        assertThat(text).contains("Jeanne Juré").contains("10 fois");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("reset link in the mail").isTrue();
        assertThat(links.describe(link.group(1)))
                .get()
                .extracting(LinkDetails::purpose)
                .isEqualTo(LinkPurpose.PASSWORD_RESET);
    }

    @Test
    void failures_on_an_unknown_account_warn_nobody() throws Exception {
        String ghost = AccountServiceTest.unique("ghost");
        for (int attempt = 1; attempt <= 11; attempt++) {
            fail(ghost, "10.0.3." + attempt);
        }
        Thread.sleep(1500);
        assertThat(smtp.getReceivedMessagesForDomain(ghost)).isEmpty();
    }

    /** A wrong password from a fresh address, past any delay. */
    private void fail(String email, String address) {
        clock.advance(Duration.ofSeconds(31));
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(email, "a wrong guess");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        attempt.setDetails(new WebAuthenticationDetails(request));
        assertThatThrownBy(() -> authentication.getAuthenticationManager().authenticate(attempt))
                .isInstanceOf(BadCredentialsException.class);
    }
}
