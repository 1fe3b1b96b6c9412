package org.coopflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ShedLock on MariaDB: a lock held by one node keeps every other node out until released or run out. */
class ClusterLocksIT extends MariaDbIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void whileOneNodeHoldsTheLockNoOtherNodeRunsTheTask() {
        ClusterLocks nodeA = new ClusterLocks(dataSource);
        ClusterLocks nodeB = new ClusterLocks(dataSource);
        String name = "test-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();

        boolean ranOnA = nodeA.runExclusively(name, Duration.ofMinutes(1), Duration.ZERO, () -> {
            runs.incrementAndGet();
            // B tries while A runs (from a thread of its own: ShedLock lets the thread holding a lock in again)
            assertThat(CompletableFuture.supplyAsync(() -> nodeB.runExclusively(name, Duration.ofMinutes(1),
                    Duration.ZERO, runs::incrementAndGet)).join()).isFalse();
        });

        assertThat(ranOnA).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(nodeA.nodeName()).isNotEqualTo(nodeB.nodeName());
        // released: B may run it now
        assertThat(nodeB.runExclusively(name, Duration.ofMinutes(1), Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aLockHeldAtLeastForAnIntervalLetsTheTaskRunOncePerIntervalAcrossNodes() {
        ClusterLocks nodeA = new ClusterLocks(dataSource);
        ClusterLocks nodeB = new ClusterLocks(dataSource);
        String name = "test-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();

        assertThat(nodeA.runExclusively(name, Duration.ofMinutes(5), Duration.ofMinutes(1), runs::incrementAndGet))
                .isTrue();
        assertThat(nodeB.runExclusively(name, Duration.ofMinutes(5), Duration.ofMinutes(1), runs::incrementAndGet))
                .isFalse();
        assertThat(nodeA.runExclusively(name, Duration.ofMinutes(5), Duration.ofMinutes(1), runs::incrementAndGet))
                .isFalse();
        assertThat(runs).hasValue(1);
    }
}
