package org.auditio.notifications.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mail, stored before any attempt to send it, so nothing is lost when the server is down.
 * Without an SMTP server it is KEPT for the admins' outbox. Once SENT its body is erased: it may
 * hold a one-time link nobody else should read.
 */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail {

    public enum Status {
        PENDING,
        SENT,
        FAILED,
        KEPT
    }

    static final int MAX_ATTEMPTS = 8;

    @Id
    private UUID id;

    private String recipient;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;
    private @Nullable String lastError;
    private Instant createdAt;
    private @Nullable Instant sentAt;

    protected OutboundMail() {
        this("", "", "", Instant.EPOCH);
    }

    OutboundMail(String recipient, String subject, String body, Instant now) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        body = "";
        lastError = null;
    }

    void failed(String error) {
        attempts++;
        status = Status.FAILED;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    void keep() {
        status = Status.KEPT;
    }

    boolean retryable() {
        return (status == Status.PENDING || status == Status.FAILED) && attempts < MAX_ATTEMPTS;
    }

    public UUID id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable String lastError() {
        return lastError;
    }
}
