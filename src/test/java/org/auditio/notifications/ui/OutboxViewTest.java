package org.auditio.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.PasswordLinks;
import org.auditio.notifications.MailOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Without an SMTP server, mail is kept in the outbox, where an admin reads it, link included. */
@AuditioTest
class OutboxViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordLinks links;

    @Test
    @WithMockUser(username = "outbox-admin@test.auditio", roles = "ADMIN")
    void an_admin_reads_a_kept_reset_mail_in_the_recipients_language() throws InterruptedException {
        String email = TestAccounts.candidate(accounts, Locale.FRENCH);
        links.requestReset(email);

        navigate(OutboxView.class);
        MailOutbox.Entry mail = awaitMailTo(email);

        assertThat(mail.status()).isEqualTo("KEPT");
        assertThat(mail.subject()).isEqualTo("Réinitialisez votre mot de passe Auditio");
        assertThat(mail.body()).contains("http://localhost:8080/password/");
    }

    @SuppressWarnings("unchecked")
    private MailOutbox.Entry awaitMailTo(String email) throws InterruptedException {
        // Other tests' mails may be dated later (they move the test clock): look at every row, for up to 20 s.
        for (int attempt = 0; attempt < 200; attempt++) {
            Grid<MailOutbox.Entry> grid = $(Grid.class).single();
            grid.getDataProvider().refreshAll();
            List<MailOutbox.Entry> shown = test(grid).size() == 0 ? List.of() : rows(grid);
            var match = shown.stream()
                    // the mail that opened the account went to the same address
                    .filter(entry ->
                            entry.recipient().equals(email) && entry.body().contains("/password/"))
                    .findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + email + " in the outbox");
    }

    private List<MailOutbox.Entry> rows(Grid<MailOutbox.Entry> grid) {
        return IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i))
                .toList();
    }
}
