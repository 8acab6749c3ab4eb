package org.auditio.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.common.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/** Reset and invitation links travel by real SMTP (GreenMail), in the recipient's language. */
@AuditioTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class PasswordLinksMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/password/([A-Za-z0-9_-]{43})");

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    PasswordLinks links;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_reset_link_arrives_in_the_accounts_language_and_works_exactly_once() throws Exception {
        String email = AccountServiceTest.unique("reset");
        TestAccounts.register(
                accounts, new Registration("Renée Reset", email, "the old long passphrase", Locale.FRENCH));
        forgetTheRegistrationMail();

        links.requestReset(email.toUpperCase(Locale.ROOT));

        MimeMessage mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Réinitialisez votre mot de passe Auditio");
        String secret = secretIn(mail);
        assertThat(links.describe(secret))
                .get()
                .extracting(LinkDetails::purpose)
                .isEqualTo(LinkPurpose.PASSWORD_RESET);

        links.choosePassword(secret, "the brand new passphrase");

        assertThat(encoder.matches("the brand new passphrase", hashOf(email))).isTrue();
        assertThat(links.describe(secret)).isEmpty();
        assertThatThrownBy(() -> links.choosePassword(secret, "yet another passphrase"))
                .isInstanceOfSatisfying(
                        UserError.class, e -> assertThat(e.messageKey()).isEqualTo("link.invalid"));
        awaitSentBodiesErased(email);
    }

    @Test
    void a_reset_link_expires_after_an_hour_and_a_newer_one_replaces_it() throws Exception {
        String email = AccountServiceTest.unique("expiry");
        TestAccounts.register(
                accounts, new Registration("Ed Expiry", email, "the old long passphrase", Locale.ENGLISH));
        forgetTheRegistrationMail();
        links.requestReset(email);
        String first = secretIn(mailTo(email));
        links.requestReset(email);
        smtp.waitForIncomingEmail(10_000, 2);
        assertThat(links.describe(first)).as("replaced by the newer link").isEmpty();

        String second = secretIn(Arrays.stream(smtp.getReceivedMessagesForDomain(email))
                .reduce((a, b) -> b)
                .orElseThrow());
        clock.advance(Duration.ofMinutes(61));
        assertThat(links.describe(second)).isEmpty();
    }

    @Test
    void asking_for_an_unknown_address_answers_the_same_and_sends_nothing() throws Exception {
        String ghost = AccountServiceTest.unique("ghost");
        links.requestReset(ghost);
        links.requestReset("not even an address");
        Thread.sleep(1500);
        assertThat(smtp.getReceivedMessagesForDomain(ghost)).isEmpty();
    }

    @Test
    void an_admin_invites_an_organiser_who_chooses_a_password_and_can_then_log_in() throws Exception {
        String email = AccountServiceTest.unique("organiser");
        AsUser.run("admin@example.org", Role.ADMIN, () -> {
            AccountSummary invited = administration.createOrganiser(email, "Olga Organiser", Locale.ENGLISH);
            assertThat(invited.roles()).containsExactly(Role.ORGANISER);
            assertThat(invited.passwordSet()).isFalse();
        });

        MimeMessage mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("You are invited to organise auditions on Auditio");
        assertThat(text(mail)).contains("Olga Organiser").contains("admin@example.org");
        String secret = secretIn(mail);
        assertThat(links.describe(secret))
                .get()
                .extracting(LinkDetails::purpose)
                .isEqualTo(LinkPurpose.INVITATION);

        links.choosePassword(secret, "organising many auditions");
        assertThat(encoder.matches("organising many auditions", hashOf(email))).isTrue();
    }

    private MimeMessage mailTo(String email) throws InterruptedException {
        for (int i = 0; i < 100 && smtp.getReceivedMessagesForDomain(email).length == 0; i++) {
            Thread.sleep(100);
        }
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
        assertThat(received).as("mail to %s", email).isNotEmpty();
        return received[0];
    }

    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            throw new AssertionError("Unreadable mail", e);
        }
    }

    private static String secretIn(MimeMessage mail) {
        Matcher matcher = LINK.matcher(text(mail));
        assertThat(matcher.find()).as("link in the mail").isTrue();
        return matcher.group(1);
    }

    private String hashOf(String email) {
        return jdbc.sql("select password_hash from user_account where email = ?")
                .param(email)
                .query(String.class)
                .single();
    }

    /** The account was opened through the link mailed at registration: that mail is not the one under test. */
    private static void forgetTheRegistrationMail() throws Exception {
        smtp.waitForIncomingEmail(10_000, 1);
        smtp.purgeEmailFromAllMailboxes();
    }

    private void awaitSentBodiesErased(String email) throws InterruptedException {
        List<String> bodies = List.of("?");
        for (int i = 0; i < 50 && !bodies.stream().allMatch(String::isEmpty); i++) {
            Thread.sleep(100);
            bodies = jdbc.sql("select body from outbound_mail where recipient = ? and status = 'SENT'")
                    .param(email)
                    .query(String.class)
                    .list();
            if (bodies.isEmpty()) {
                bodies = List.of("?");
            }
        }
        assertThat(bodies).as("a sent mail keeps no one-time link").allMatch(String::isEmpty);
    }
}
