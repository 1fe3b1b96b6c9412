package org.coopflow.notification;

import java.time.Instant;

/** A line of the administrators' outbox page: a mail without its bodies. */
public record OutboxEntry(Long id, Long requestId, String recipient, String subject, NotificationStatus status,
                          int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
