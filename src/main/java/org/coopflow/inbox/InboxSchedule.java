package org.coopflow.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.coopflow.system.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Every {@code coopflow.inbox.check-every}, one node of the cluster (a ShedLock lock held for the interval) sends the
 * daily digests that are due and announces the deadlines that approach or passed. On a thread of its own.
 */
@Component
class InboxSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxSchedule.class);
    static final String DIGEST_LOCK = "inbox-digest";
    static final String DEADLINES_LOCK = "inbox-deadlines";

    private final DailyDigest digest;
    private final DeadlineNotices deadlines;
    private final ClusterLocks locks;
    private final InboxSettings settings;
    private final Clock clock;
    private volatile ThreadPoolTaskScheduler scheduler;

    InboxSchedule(DailyDigest digest, DeadlineNotices deadlines, ClusterLocks locks, InboxSettings settings,
                  Clock clock) {
        this.digest = digest;
        this.deadlines = deadlines;
        this.locks = locks;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass, if no other node made one within the interval. */
    void pass() {
        Duration atLeast = settings.checkEvery().dividedBy(2);
        Duration atMost = settings.checkEvery().multipliedBy(2).plusMinutes(5);
        safely(() -> locks.runExclusively(DIGEST_LOCK, atMost, atLeast, () -> digest.sendDue(clock.instant())),
                "send the daily digests");
        if (settings.deadlines()) {
            safely(() -> locks.runExclusively(DEADLINES_LOCK, atMost, atLeast,
                    () -> deadlines.announce(clock.instant())), "announce deadlines");
        }
    }

    private static void safely(Runnable task, String what) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Inbox: could not {}, next pass in a while: {}", what, e.toString());
        }
    }

    @Override
    public void start() {
        if (!settings.scheduled()) {
            return;
        }
        ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
        s.setPoolSize(1);
        s.setThreadNamePrefix("inbox-");
        s.initialize();
        scheduler = s;
        Instant first = clock.instant().plusSeconds(30);
        s.scheduleWithFixedDelay(this::pass, first, settings.checkEvery());
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
