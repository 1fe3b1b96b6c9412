package org.coopflow.system;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A look at the database every so often for work that has come due (reminders, absences starting and ending), on
 * every node. It keeps nothing in memory between looks: what is due is in the tables, and each piece of work is
 * claimed there ({@code UPDATE ... WHERE version = ?}) in the transaction that does it, so nodes looking at the same
 * moment never do it twice and a node that stops loses nothing. One daemon thread per scan, started with the
 * application and stopped before it closes (no Spring TaskScheduler bean: the application's one TaskExecutor stays
 * the only one).
 */
public abstract class PeriodicScan implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicScan.class);

    private ScheduledExecutorService executor;

    /** The thread's name. */
    protected abstract String name();

    /** Whether this node looks at all (off in the tests, which run {@link #scan()} themselves). */
    protected abstract boolean enabled();

    protected abstract Duration every();

    /** One look; returns how many pieces of work it did. */
    protected abstract int scan();

    @Override
    public synchronized void start() {
        if (!enabled() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name());
            thread.setDaemon(true);
            return thread;
        });
        long millis = every().toMillis();
        executor.scheduleWithFixedDelay(this::scanSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void scanSafely() {
        try {
            scan();
        } catch (RuntimeException e) {
            // the database away, a node shutting down: the next look tries again
            log.warn("{} failed; trying again in {}: {}", name(), every(), e.toString());
        }
    }
}
