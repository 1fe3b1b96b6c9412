package org.coopflow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.coopflow.system.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: every poll interval, and right after a transaction of this node wrote mail, the one node
 * holding the outbox lock (ShedLock) delivers the due mails, a few at a time in a transaction that locks their rows,
 * hands them to the server over one connection and marks each — so the marks and the hand-over commit together, and
 * a node that dies in between leaves the rows PENDING for the next pass, on any node. Runs on a thread of its own, never on the job
 * executor's pool (a burst of timers could otherwise crowd mail out).
 */
@Component
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    static final String LOCK = "mail-outbox";

    /** Mails handed to the server over one connection, in one transaction. */
    static final int SENT_TOGETHER = 20;

    enum Outcome { DELIVERED, RECORDED, DEFERRED, REFUSED, UNREACHABLE }

    private final NotificationMapper mapper;
    private final MailDelivery delivery;
    private final ClusterLocks locks;
    private final MailSettings.Outbox settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Counter delivered;
    private final MeterRegistry meters;
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private volatile ThreadPoolTaskScheduler scheduler;

    OutboxWorker(NotificationMapper mapper, MailDelivery delivery, ClusterLocks locks, MailSettings settings,
                 PlatformTransactionManager transactions, Clock clock, MeterRegistry meters) {
        this.mapper = mapper;
        this.delivery = delivery;
        this.locks = locks;
        this.settings = settings.outbox();
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.meters = meters;
        this.delivered = Counter.builder("coopflow.mail.delivered").description("Mails handed to the mail server")
                .register(meters);
        for (DeliveryFailure.Kind kind : DeliveryFailure.Kind.values()) {
            failures(kind); // at zero from the start, so that rates and alerts have a series
        }
    }

    /** Asks this node to look at the outbox now rather than at the next poll (several asks make one look). */
    void deliverSoon() {
        ThreadPoolTaskScheduler s = scheduler;
        if (s != null && wakeUpQueued.compareAndSet(false, true)) {
            try {
                s.execute(() -> {
                    wakeUpQueued.set(false);
                    drain();
                });
            } catch (RuntimeException e) {
                wakeUpQueued.set(false); // shutting down: the next node's poll delivers
            }
        }
    }

    /**
     * One pass, if no other node is making one: due mails in batches until none is left, the server is
     * unreachable, or half the lock time has passed (the rest is for the next pass).
     *
     * @return whether this node made the pass
     */
    boolean drain() {
        try {
            return locks.runExclusively(LOCK, settings.lockAtMostFor(), Duration.ZERO, this::deliverDue);
        } catch (RuntimeException e) {
            log.warn("Mail outbox pass failed, next pass in {}: {}", settings.pollInterval(), e.toString());
            return false;
        }
    }

    private void deliverDue() {
        Instant stopTakingAt = clock.instant().plus(settings.lockAtMostFor().dividedBy(2));
        while (isRunning() && clock.instant().isBefore(stopTakingAt)) {
            List<Long> due = mapper.findDueIds(clock.instant(), settings.batchSize());
            for (int from = 0; from < due.size(); from += SENT_TOGETHER) {
                if (!isRunning() || !clock.instant().isBefore(stopTakingAt)) {
                    return;
                }
                if (deliver(due.subList(from, Math.min(from + SENT_TOGETHER, due.size())))
                        .contains(Outcome.UNREACHABLE)) {
                    return;
                }
            }
            if (due.size() < settings.batchSize()) {
                return;
            }
        }
    }

    /**
     * One transaction for a few mails: lock their rows (in id order, as every node does), hand them to the server
     * over one connection, mark each as the server answered for it.
     */
    List<Outcome> deliver(List<Long> ids) {
        List<Outcome> outcomes = transaction.execute(status -> {
            Instant now = clock.instant();
            List<Notification> rows = ids.stream().sorted().map(id -> mapper.lockDue(id, now))
                    .filter(Objects::nonNull).toList();
            List<Outcome> result = new ArrayList<>();
            if (!delivery.sendsMail()) {
                rows.forEach(n -> mapper.markDelivered(n.id, NotificationStatus.RECORDED, n.attempts, now));
                rows.forEach(n -> result.add(Outcome.RECORDED));
                return result;
            }
            Map<MimeMessage, Notification> prepared = new LinkedHashMap<>();
            for (Notification n : rows) {
                try {
                    prepared.put(delivery.prepare(n), n);
                } catch (MailException e) {
                    result.add(failed(n, n.attempts + 1, DeliveryFailure.of(e), now));
                }
            }
            if (prepared.isEmpty()) {
                return result;
            }
            Map<MimeMessage, Exception> refused = delivery.deliver(List.copyOf(prepared.keySet()));
            Instant sentAt = clock.instant();
            prepared.forEach((message, n) -> {
                Exception failure = refused.get(message);
                if (failure == null) {
                    mapper.markDelivered(n.id, NotificationStatus.SENT, n.attempts + 1, sentAt);
                    result.add(Outcome.DELIVERED);
                } else {
                    result.add(failed(n, n.attempts + 1, DeliveryFailure.of(failure), sentAt));
                }
            });
            return result;
        });
        delivered.increment(outcomes.stream().filter(o -> o == Outcome.DELIVERED).count());
        return outcomes;
    }

    private Outcome failed(Notification n, int attempt, DeliveryFailure failure, Instant now) {
        failures(failure.kind()).increment();
        if (failure.kind() == DeliveryFailure.Kind.REFUSED || attempt >= settings.maxAttempts()) {
            log.warn("Mail {} to {} FAILED after {} attempt(s): {}", n.id, n.recipient, attempt, failure.reason());
            mapper.markFailed(n.id, attempt, failure.reason());
            return Outcome.REFUSED;
        }
        Instant next = now.plus(settings.retryDelay(attempt));
        log.info("Mail {} to {} not delivered (attempt {}), next attempt at {}: {}", n.id, n.recipient, attempt, next,
                failure.reason());
        mapper.markDeferred(n.id, attempt, next, failure.reason());
        return failure.kind() == DeliveryFailure.Kind.UNREACHABLE ? Outcome.UNREACHABLE : Outcome.DEFERRED;
    }

    private Counter failures(DeliveryFailure.Kind kind) {
        return Counter.builder("coopflow.mail.failures").description("Failed attempts to hand a mail over, by kind")
                .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(meters);
    }

    @Override
    public void start() {
        ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
        s.setPoolSize(1);
        s.setThreadNamePrefix("mail-outbox-");
        s.setWaitForTasksToCompleteOnShutdown(true);
        s.setAwaitTerminationSeconds(10);
        s.initialize();
        scheduler = s;
        s.scheduleWithFixedDelay(this::drain, clock.instant().plus(settings.pollInterval()), settings.pollInterval());
    }

    @Override
    public void stop() {
        ThreadPoolTaskScheduler s = scheduler;
        scheduler = null;
        if (s != null) {
            s.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** Stops before the engine and the database pool, starts after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
