package org.coopflow.notification;

/** Where a mail of the outbox stands. */
public enum NotificationStatus {
    /** Waiting for (another) attempt at its next_attempt_at. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Kept as the record only: this installation sends no mail (no spring.mail.host). */
    RECORDED,
    /** Refused for good, or deferred too often: the reason is kept; an administrator may retry it. */
    FAILED
}
