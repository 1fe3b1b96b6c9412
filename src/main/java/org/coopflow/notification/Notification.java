package org.coopflow.notification;

import java.time.Instant;

/** An e-mail in the outbox: written in the business transaction, delivered after it commits. */
public class Notification {
    public Long id;
    public Long requestId;
    public String recipient;
    public String subject;
    /** The plain-text part. */
    public String body;
    public String htmlBody;
    public String locale;
    public String status;
    public int attempts;
    public Instant createdAt;
    public Instant nextAttemptAt;
    public Instant sentAt;
    public String lastError;
}
