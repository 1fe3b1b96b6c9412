package org.coopflow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The outbox's backlog, for the readiness health group ("outbox") and for Prometheus ({@code coopflow_mail_outbox}
 * per status, {@code coopflow_mail_outbox_oldest_due_seconds}). WARN, not DOWN, when a due mail has waited longer
 * than {@code stale-after}: a slow mail server must not take the node out of service, but someone should look. Read
 * from the database (three index range counts) at most every 10 seconds per node.
 */
@Component("outboxHealthIndicator")
class OutboxHealth extends AbstractHealthIndicator {

    static final Status WARN = new Status("WARN", "Mail is waiting longer than it should");
    private static final Duration FRESH = Duration.ofSeconds(10);

    private final NotificationMapper mapper;
    private final MailDelivery delivery;
    private final MailSettings.Outbox settings;
    private final Clock clock;
    private volatile Backlog backlog;

    record Backlog(long pending, long failed, Instant oldestDue, Instant readAt) {
    }

    OutboxHealth(NotificationMapper mapper, MailDelivery delivery, MailSettings settings, Clock clock,
                 MeterRegistry meters) {
        this.mapper = mapper;
        this.delivery = delivery;
        this.settings = settings.outbox();
        this.clock = clock;
        Gauge.builder("coopflow.mail.outbox", this, h -> h.backlog().pending()).tag("status", "pending")
                .description("Mails waiting for their first or next attempt").register(meters);
        Gauge.builder("coopflow.mail.outbox", this, h -> h.backlog().failed()).tag("status", "failed")
                .description("Mails that failed for good (an administrator may retry them)").register(meters);
        Gauge.builder("coopflow.mail.outbox.oldest.due", this, h -> h.oldestDueSeconds()).baseUnit("seconds")
                .description("How long the longest-waiting due mail has waited").register(meters);
    }

    Backlog backlog() {
        Backlog b = backlog;
        Instant now = clock.instant();
        if (b == null || b.readAt().plus(FRESH).isBefore(now)) {
            b = new Backlog(mapper.countByStatus(NotificationStatus.PENDING),
                    mapper.countByStatus(NotificationStatus.FAILED), mapper.oldestDue(now), now);
            backlog = b;
        }
        return b;
    }

    private double oldestDueSeconds() {
        Backlog b = backlog();
        return b.oldestDue() == null ? 0 : Duration.between(b.oldestDue(), b.readAt()).toMillis() / 1000.0;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Backlog b = backlog();
        boolean stale = b.oldestDue() != null
                && b.oldestDue().plus(settings.staleAfter()).isBefore(b.readAt());
        health.status(stale ? WARN : Status.UP)
                .withDetail("pending", b.pending())
                .withDetail("failed", b.failed())
                .withDetail("sendsMail", delivery.sendsMail());
        if (b.oldestDue() != null) {
            health.withDetail("oldestDueSince", b.oldestDue().toString());
        }
    }
}
