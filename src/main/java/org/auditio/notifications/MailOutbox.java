package org.auditio.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.auditio.notifications.internal.OutboundMail;
import org.auditio.notifications.internal.OutboundMailRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the application sent or kept, newest first: for admins only. */
@Service
public class MailOutbox {

    /** One mail as the outbox shows it. */
    public record Entry(UUID id, String recipient, String subject, String body, String status, Instant createdAt) {}

    private final OutboundMailRepository mails;

    MailOutbox(OutboundMailRepository mails) {
        this.mails = mails;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Entry> page(int offset, int limit) {
        int size = Math.max(1, limit);
        return mails.newestFirst(PageRequest.of(offset / size, size)).stream()
                .map(MailOutbox::entry)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return mails.count();
    }

    private static Entry entry(OutboundMail mail) {
        return new Entry(
                mail.id(),
                mail.recipient(),
                mail.subject(),
                mail.body(),
                mail.status().name(),
                mail.createdAt());
    }
}
