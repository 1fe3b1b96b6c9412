package org.coopflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.coopflow.request.RequestMapper;
import org.coopflow.request.RequestStatus;
import org.coopflow.request.RequestStatusChanged;
import org.coopflow.request.RequestSubmitted;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.RequestRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roll-ups under concurrent transactions on MariaDB, as several nodes write them: increments of the same row
 * all count (no read-modify-write), and changes moving counts in opposite directions between the same two rows —
 * SCREENING to AWAITING_PARTNER and back, at once — neither deadlock nor lose a count. Committed, so the test puts
 * back what it added.
 */
class DashboardRollupsConcurrencyIT extends MariaDbIntegrationTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 40;

    @Autowired
    DashboardRollups rollups;

    @Autowired
    RequestMapper requests;

    @Autowired
    JdbcTemplate jdbc;

    private TransactionTemplate transactions;

    @Autowired
    void transactions(PlatformTransactionManager manager) {
        transactions = new TransactionTemplate(manager);
    }

    private Long requestId;

    @AfterEach
    void putBack() {
        if (requestId != null) {
            jdbc.update("UPDATE dashboard_request_count SET requests = requests - ? WHERE sector_code = 'PUBLIC_HEALTH'"
                    + " AND country_code = 'CR' AND status = 'SUBMITTED' AND slot = ?", THREADS * ROUNDS,
                    requestId % DashboardRollups.SLOTS);
            jdbc.update("DELETE FROM cooperation_request WHERE id = ?", requestId);
        }
    }

    @Test
    void concurrentChangesOfTheSameRowsAllCountWithoutDeadlock() throws Exception {
        requestId = transactions.execute(tx -> RequestRows.insert(requests, "CR-MICITT", "CR", "PUBLIC_HEALTH",
                "Concurrent roll-ups", Instant.parse("1978-01-01T00:00:00Z")));
        long submitted = count("SUBMITTED");
        long screening = count("SCREENING");
        long awaiting = count("AWAITING_PARTNER");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            boolean forth = t % 2 == 0;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < ROUNDS; i++) {
                    transactions.executeWithoutResult(tx -> {
                        rollups.onSubmitted(new RequestSubmitted(requestId));
                        rollups.onStatusChanged(forth
                                ? new RequestStatusChanged(requestId, RequestStatus.SCREENING, RequestStatus.AWAITING_PARTNER)
                                : new RequestStatusChanged(requestId, RequestStatus.AWAITING_PARTNER, RequestStatus.SCREENING));
                    });
                }
                return null;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        for (Future<?> f : done) {
            f.get(); // a deadlock or a lost update would surface here
        }

        assertThat(count("SUBMITTED")).isEqualTo(submitted + THREADS * ROUNDS);
        // as many moves forth as back
        assertThat(count("SCREENING")).isEqualTo(screening);
        assertThat(count("AWAITING_PARTNER")).isEqualTo(awaiting);
    }

    private long count(String status) {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(requests), 0) FROM dashboard_request_count
                 WHERE sector_code = 'PUBLIC_HEALTH' AND country_code = 'CR' AND status = ?""", Long.class, status);
    }
}
