package org.coopflow.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.coopflow.audit.AuditTrail;
import org.coopflow.system.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Applies the audit retention ({@code coopflow.retention.audit}): once a day, on one node of the cluster, the audit of
 * requests closed longer ago than the period is removed, each leaving a line in its timeline that says so, and the
 * run is recorded for the retention page. Kept forever (the default), nothing is ever removed.
 */
@Component
class AuditRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    static final String LOCK = "audit-retention";
    /** Requests per transaction: a run over years of closed requests stays a series of short transactions. */
    static final int REQUESTS_PER_TRANSACTION = 100;
    private static final Duration CHECK_EVERY = Duration.ofHours(1);
    private static final Duration ONCE_PER = Duration.ofHours(23);

    /** One run: when, the cutoff applied, how many requests' audit it removed and how many entries in all. */
    record Run(Instant startedAt, Instant finishedAt, Instant cutoff, int requests, int entries) {
    }

    private final AuditTrail audit;
    private final AuditRetentionRunMapper runs;
    private final RetentionSettings settings;
    private final ClusterLocks locks;
    private final Clock clock;
    private volatile ThreadPoolTaskScheduler scheduler;

    AuditRetention(AuditTrail audit, AuditRetentionRunMapper runs, RetentionSettings settings, ClusterLocks locks,
                   Clock clock) {
        this.audit = audit;
        this.runs = runs;
        this.settings = settings;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Runs today's purge unless the audit is kept forever or a run finished in the last 23 hours (on any node: the
     * runs are in the database). A failed run records nothing, so the next hour tries again.
     */
    void runIfDue() {
        settings.auditPeriod().ifPresent(period -> locks.runExclusively(LOCK, Duration.ofHours(1), Duration.ZERO,
                () -> {
                    List<Run> last = runs.findLatest(1);
                    if (last.isEmpty() || last.get(0).startedAt().isBefore(clock.instant().minus(ONCE_PER))) {
                        purge(clock.instant().minus(period));
                    }
                }));
    }

    /** Removes the audit of every request closed before {@code cutoff}, in batches, and records the run. */
    Run purge(Instant cutoff) {
        Instant startedAt = clock.instant();
        int requests = 0;
        int entries = 0;
        List<AuditTrail.Purged> batch;
        do {
            batch = audit.purgeClosedBefore(cutoff, REQUESTS_PER_TRANSACTION);
            requests += batch.size();
            entries += batch.stream().mapToInt(AuditTrail.Purged::entries).sum();
        } while (batch.size() == REQUESTS_PER_TRANSACTION);
        Run run = new Run(startedAt, clock.instant(), cutoff, requests, entries);
        runs.insert(run);
        if (requests > 0) {
            log.info("Audit retention: removed {} entries of {} requests closed before {}", entries, requests, cutoff);
        }
        return run;
    }

    List<Run> latestRuns(int limit) {
        return runs.findLatest(limit);
    }

    @Override
    public void start() {
        ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
        s.setPoolSize(1);
        s.setThreadNamePrefix("audit-retention-");
        s.initialize();
        scheduler = s;
        s.scheduleWithFixedDelay(this::safelyRunIfDue, clock.instant().plus(Duration.ofMinutes(5)), CHECK_EVERY);
    }

    private void safelyRunIfDue() {
        try {
            runIfDue();
        } catch (RuntimeException e) {
            log.warn("Audit retention: the run failed and is tried again in an hour: {}", e.toString());
        }
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
}
