package org.coopflow.notification;

import java.time.Instant;

/** An e-mail in the outbox. */
public class Notification {
    public Long id;
    public Long requestId;
    public String recipient;
    public String subject;
    public String body;
    public String status;
    public Instant createdAt;
    public Instant sentAt;
}
