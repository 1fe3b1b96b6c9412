package org.coopflow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * holding the outbox lock (ShedLock) delivers the due mails, each in a transaction of its own that locks the row,
 * hands the mail to the server and marks it — so the mark and the hand-over commit together, and a node that dies
 * in between leaves the row PENDING for the next pass, on any node. Runs on a thread of its own, never on the job
 * executor's pool (a burst of timers could otherwise crowd mail out).
 */
@Component
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    static final String LOCK = "mail-outbox";

    enum Outcome { DELIVERED, RECORDED, SKIPPED, DEFERRED, REFUSED, UNREACHABLE }

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
            for (Long id : due) {
                if (!isRunning() || !clock.instant().isBefore(stopTakingAt)) {
                    return;
                }
                if (deliverOne(id) == Outcome.UNREACHABLE) {
                    return;
                }
            }
            if (due.size() < settings.batchSize()) {
                return;
            }
        }
    }

    /** The mail's own transaction: lock, hand over, mark. */
    Outcome deliverOne(Long id) {
        Outcome outcome = transaction.execute(status -> {
            Instant now = clock.instant();
            Notification n = mapper.lockDue(id, now);
            if (n == null) {
                return Outcome.SKIPPED; // delivered meanwhile, or retried by an administrator
            }
            int attempt = n.attempts + 1;
            if (!delivery.sendsMail()) {
                mapper.markDelivered(id, NotificationStatus.RECORDED, n.attempts, now);
                return Outcome.RECORDED;
            }
            try {
                delivery.deliver(n);
            } catch (MailException e) {
                return failed(n, attempt, DeliveryFailure.of(e), now);
            }
            mapper.markDelivered(id, NotificationStatus.SENT, attempt, clock.instant());
            return Outcome.DELIVERED;
        });
        if (outcome == Outcome.DELIVERED) {
            delivered.increment();
        }
        return outcome;
    }

    private Outcome failed(Notification n, int attempt, DeliveryFailure failure, Instant now) {
        meters.counter("coopflow.mail.failures", "kind", failure.kind().name().toLowerCase(Locale.ROOT)).increment();
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
