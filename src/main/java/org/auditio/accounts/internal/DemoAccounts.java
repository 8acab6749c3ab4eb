package org.auditio.accounts.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.auditio.accounts.Role;
import org.auditio.accounts.domain.UserAccount;
import org.auditio.accounts.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One demo account per role, created when missing. Only where {@code auditio.demo.enabled}. */
@Component
@ConditionalOnProperty(name = "auditio.demo.enabled", havingValue = "true")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "auditio-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record Demo(String email, String name, Role role, Locale language) {}

    private static final List<Demo> DEMOS = List.of(
            new Demo("admin@auditio.demo", "Ada Admin", Role.ADMIN, Locale.ENGLISH),
            new Demo("organiser@auditio.demo", "Odile Organisatrice", Role.ORGANISER, Locale.FRENCH),
            new Demo("juror@auditio.demo", "Jonas Juror", Role.JUROR, Locale.ENGLISH),
            new Demo("conductor@auditio.demo", "Clara Conductor", Role.JUROR, Locale.ENGLISH),
            new Demo("ifcm@auditio.demo", "Iris (IFCM)", Role.JUROR, Locale.ENGLISH),
            new Demo("eca@auditio.demo", "Étienne (ECA-EC)", Role.JUROR, Locale.FRENCH),
            new Demo("jmi@auditio.demo", "Jana (JMI)", Role.JUROR, Locale.ENGLISH),
            new Demo("candidate@auditio.demo", "Camille Candidate", Role.CANDIDATE, Locale.FRENCH));

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Demo demo : DEMOS) {
            if (accounts.findByEmail(demo.email()).isEmpty()) {
                UserAccount account = new UserAccount(demo.email(), demo.name(), demo.role(), demo.language(), clock);
                account.setPasswordHash(encoder.encode(PASSWORD));
                accounts.save(account);
            }
        }
        log.info(
                "Demo accounts (password '{}'): {}",
                PASSWORD,
                DEMOS.stream().map(d -> d.email() + " (" + d.role() + ")").toList());
    }
}
