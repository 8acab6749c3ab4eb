package org.auditio.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditio.OwnDatabaseFolders;
import org.auditio.RegistrationLinks;
import org.auditio.SharedSecurityContextStrategy;
import org.auditio.TestAccounts;
import org.auditio.accounts.FirstAdministrator.Outcome;
import org.auditio.accounts.domain.AccountTokenRepository;
import org.auditio.accounts.domain.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A real installation's first start with {@code AUDITIO_ADMIN_EMAIL} and no SMTP server, on a database
 * of its own (the shared test database has administrators already): the administrator is created
 * without a password, the link to choose one is logged once and waits in the outbox, and later starts,
 * one node or two at once, create nothing more.
 */
@SpringBootTest(
        properties = {
            "auditio.embedded-db.data-dir=target/first-admin-db/${random.uuid}",
            "auditio.admin.email=First.Admin@example.org",
            "auditio.admin.name=Fiona First"
        })
@ExtendWith(OutputCaptureExtension.class)
// Like every test context: without it, the contexts started before lose sight of tests' users.
@Import({SharedSecurityContextStrategy.class, RegistrationLinks.class})
class FirstAdministratorTest {

    static {
        OwnDatabaseFolders.sweep("target/first-admin-db");
    }

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/password/([A-Za-z0-9_-]{43})");

    @Autowired
    FirstAdministrator firstStart;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AccountTokenRepository tokens;

    @Autowired
    PasswordLinks links;

    @Autowired
    AccountService accountService;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void the_first_start_invites_the_administrator_and_later_starts_create_nothing_more(CapturedOutput log)
            throws Exception {
        // First start (this context's): an administrator without a password, the link in the log once.
        var admin = accounts.findByEmail("first.admin@example.org").orElseThrow();
        assertThat(admin.email()).isEqualTo("First.Admin@example.org");
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.passwordHash()).isNull();
        Matcher link = LINK.matcher(log.getAll());
        assertThat(link.find()).as("the link in the log").isTrue();
        String secret = link.group(1);
        assertThat(link.find()).as("logged once").isFalse();
        assertThat(links.describe(secret))
                .get()
                .extracting(LinkDetails::purpose)
                .isEqualTo(LinkPurpose.INVITATION);
        awaitOutbox("First.Admin@example.org", 1);
        assertThat(subjectsTo("First.Admin@example.org")).containsExactly("You are the administrator of Auditio");

        // A restart before the password is chosen: the link still works, nothing new is sent.
        assertThat(firstStart.ensure()).isEqualTo(Outcome.LINK_STILL_VALID);
        Thread.sleep(500);
        assertThat(subjectsTo("First.Admin@example.org")).hasSize(1);
        assertThat(LINK.matcher(log.getAll()).results().count()).isEqualTo(1);

        // An address someone registered with a password is never made administrator.
        TestAccounts.register(
                accountService,
                new Registration("Mallory", "taken@example.org", "a passphrase of mine", Locale.ENGLISH));
        assertThat(startWith("taken@example.org").ensure()).isEqualTo(Outcome.ADDRESS_TAKEN);
        assertThat(accounts.findByEmail("taken@example.org").orElseThrow().roles())
                .containsExactly(Role.CANDIDATE);

        // Two nodes starting at once with a new address: one account, one invitation.
        CountDownLatch go = new CountDownLatch(1);
        try (var nodes = Executors.newFixedThreadPool(2)) {
            List<Future<Outcome>> outcomes = List.of(
                    nodes.submit(() -> {
                        go.await();
                        return startWith("second@example.org").ensure();
                    }),
                    nodes.submit(() -> {
                        go.await();
                        return startWith("second@example.org").ensure();
                    }));
            go.countDown();
            assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get()))
                    .containsExactlyInAnyOrder(Outcome.INVITED, Outcome.LINK_STILL_VALID);
        }
        awaitOutbox("second@example.org", 1);
        assertThat(jdbc.sql("select count(*) from user_account where lower(email) = 'second@example.org'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // The administrator chooses a password: from then on, starts do nothing at all.
        links.choosePassword(secret, "sopranos sing above the altos");
        assertThat(encoder.matches(
                        "sopranos sing above the altos",
                        accounts.findByEmail("first.admin@example.org")
                                .orElseThrow()
                                .passwordHash()))
                .isTrue();
        assertThat(firstStart.ensure()).isEqualTo(Outcome.ADMINISTRATOR_EXISTS);
        assertThat(startWith("third@example.org").ensure()).isEqualTo(Outcome.ADMINISTRATOR_EXISTS);
        assertThat(accounts.findByEmail("third@example.org")).isEmpty();
    }

    private FirstAdministrator startWith(String email) {
        return new FirstAdministrator(accounts, tokens, links, jdbc, transactions, clock, email, "Someone", "en", "");
    }

    private List<String> subjectsTo(String email) {
        return jdbc.sql("select subject from outbound_mail where recipient = ?")
                .param(email)
                .query(String.class)
                .list();
    }

    private void awaitOutbox(String email, int count) throws InterruptedException {
        for (int i = 0; i < 100 && subjectsTo(email).size() < count; i++) {
            Thread.sleep(100);
        }
        assertThat(subjectsTo(email)).as("mail to %s in the outbox", email).hasSize(count);
    }
}
