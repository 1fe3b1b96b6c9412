package org.coopflow.system;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that must run on one node of the cluster at a time (the mail outbox, the operations figures, the
 * retention settings): ShedLock's locks in the shared database (table {@code shedlock}, V51), timed by the database's
 * clock. A node that dies holding a lock holds it no longer than the {@code atMostFor} it asked for.
 */
@Component
public class ClusterLocks {

    private final LockingTaskExecutor executor;
    private final String nodeName;

    ClusterLocks(DataSource dataSource) {
        this.nodeName = newNodeName();
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider
                .Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                // every process (and every application context in one JVM) is a node of its own
                .withLockedByValue(nodeName)
                .usingDbTime()
                .build()));
    }

    /**
     * Runs {@code task} here if no other node runs it. The lock is held at least {@code atLeastFor} (so a task
     * meant to run once per interval runs once per interval however many nodes try), and released after at most
     * {@code atMostFor} even if this node dies.
     *
     * @return whether the task ran on this node
     */
    public boolean runExclusively(String name, Duration atMostFor, Duration atLeastFor, Runnable task) {
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = executor.executeWithLock(() -> {
                task.run();
                return Boolean.TRUE;
            }, new LockConfiguration(Instant.now(), name, atMostFor, atLeastFor));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.wasExecuted();
    }

    /** How this node appears in the locks it holds. */
    public String nodeName() {
        return nodeName;
    }

    /** The host name and a random suffix. */
    private static String newNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
