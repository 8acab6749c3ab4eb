package org.auditio.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Locale;
import org.auditio.common.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders mail from the translation bundles in the recipient's language, stores it, then sends it
 * through SMTP when {@code spring.mail.host} is set, retrying failures; otherwise keeps it in the
 * outbox (development).
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final OutboundMailRepository mails;
    private final Translations translations;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Clock clock;
    private final String from;

    Mailer(
            OutboundMailRepository mails,
            Translations translations,
            ObjectProvider<JavaMailSender> smtp,
            Clock clock,
            @Value("${auditio.mail.from}") String from) {
        this.mails = mails;
        this.translations = translations;
        this.smtp = smtp;
        this.clock = clock;
        this.from = from;
    }

    /** Stores and sends {@code mail.<template>.subject} / {@code .body} rendered with the arguments. */
    @Transactional
    public void send(String recipient, Locale language, String template, Object... arguments) {
        String subject = translations.getTranslation("mail." + template + ".subject", language, arguments);
        String body = translations.getTranslation("mail." + template + ".body", language, arguments) + "\n\n-- \n"
                + translations.getTranslation("mail.signature", language);
        OutboundMail mail = mails.save(new OutboundMail(recipient, subject, body, clock.instant()));
        deliver(mail);
    }

    /** Retries what could not be sent (server down, network). */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
    @Transactional
    public void retryUndelivered() {
        mails.undelivered(PageRequest.of(0, 100)).stream()
                .filter(OutboundMail::retryable)
                .forEach(this::deliver);
    }

    private void deliver(OutboundMail mail) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            mail.keep();
            log.info(
                    "Mail kept in the outbox (no SMTP server configured): to {} «{}»",
                    mail.recipient(),
                    mail.subject());
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            sender.send(message);
            mail.sent(clock.instant());
        } catch (MailException | MessagingException e) {
            log.warn("Mail {} to {} not sent yet: {}", mail.id(), mail.recipient(), e.getMessage());
            mail.failed(String.valueOf(e.getMessage()));
        }
    }
}
