package org.auditio.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestClock;
import org.auditio.accounts.Role;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Every applicant hears their outcome once, by real SMTP (GreenMail), in their own language. */
@AuditioTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class OutcomeMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Deliberation deliberation;

    @Autowired
    TestClock clock;

    @Autowired
    SelectionFixtures selections;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void every_applicant_gets_exactly_one_outcome_mail_in_their_language() throws Exception {
        SelectionFixtures.Call call = selections.inReview(
                List.of(new VoicePartQuota(VoicePart.A, 1, 1)),
                List.of(
                        new SelectionFixtures.Spec("Alma Aalto", "FI", VoicePart.A, Locale.ENGLISH, 9.0),
                        new SelectionFixtures.Spec("Béa Blanc", "FR", VoicePart.A, Locale.FRENCH, 8.0),
                        new SelectionFixtures.Spec("Cora Cruz", "PT", VoicePart.A, Locale.FRENCH, 7.0),
                        new SelectionFixtures.Spec("Dana Dean", "IE", VoicePart.A, Locale.ENGLISH, null)));
        AsUser.run(call.organiser().email(), Role.ORGANISER, () -> {
            deliberation.propose(call.auditionId(), null);
            deliberation.publish(call.auditionId());
        });

        assertThat(outcomeMail(call.named("Alma Aalto").email())).startsWith("Selected: ");
        assertThat(outcomeMail(call.named("Béa Blanc").email()))
                .startsWith("Liste d’attente : ")
                .contains("en position 1");
        assertThat(outcomeMail(call.named("Cora Cruz").email())).startsWith("Votre candidature à ");
        assertThat(outcomeMail(call.named("Dana Dean").email())).startsWith("Your application to ");
    }

    /** The subject and body of the only mail besides the registration link and the submission receipt. */
    private String outcomeMail(String email) throws Exception {
        for (int i = 0; i < 100 && outcomes(email).isEmpty(); i++) {
            Thread.sleep(100);
        }
        Thread.sleep(300);
        List<MimeMessage> outcomes = outcomes(email);
        assertThat(outcomes).as("outcome mails to %s", email).hasSize(1);
        return subject(outcomes.getFirst()) + "\n" + outcomes.getFirst().getContent();
    }

    private static List<MimeMessage> outcomes(String email) {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(email))
                .filter(m -> !subject(m).startsWith("Application sent")
                        && !subject(m).startsWith("Candidature envoyée")
                        && !subject(m).startsWith("Confirm your address")
                        && !subject(m).startsWith("Confirmez votre adresse"))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
