package org.coopflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reference numbers are gapless per year and never shared, also when partners submit at the same moment (each number
 * is reserved in a short transaction of its own and taken by the submission's transaction), and a submission that
 * rolls back, or whose node dies, gives its number back.
 */
class ReferenceNumbersIT extends MariaDbIntegrationTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 4;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ReferenceNumbers references;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentSubmissionsGetConsecutiveReferences() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Api partner = new Api(rest, t % 2 == 0 ? "partner-kh" : "partner-gt");
                Callable<List<String>> submitter = () -> {
                    start.await();
                    List<String> made = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        made.add((String) partner.submit(Api.nationalIdRequest("Concurrent " + UUID.randomUUID()),
                                UUID.randomUUID().toString()).getBody().get("reference"));
                    }
                    return made;
                };
                results.add(pool.submit(submitter));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<List<String>> result : results) {
                for (String reference : result.get(120, TimeUnit.SECONDS)) {
                    assertThat(reference).matches("CR-\\d{4}-\\d{5}");
                    numbers.add(Integer.parseInt(reference.substring(8)));
                }
            }

            assertThat(numbers).hasSize(THREADS * PER_THREAD).doesNotHaveDuplicates();
            int first = numbers.stream().min(Integer::compare).orElseThrow();
            int last = numbers.stream().max(Integer::compare).orElseThrow();
            // no gap among them (other tests submit too, but never at the same time as this one)
            assertThat(last - first + 1).isEqualTo(THREADS * PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackNumberIsGivenBack() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        ReferenceNumbers.Reservation first = references.reserve();
        String taken = transaction.execute(status -> {
            String reference = references.take(first);
            status.setRollbackOnly();
            return reference;
        });
        references.release(first);

        ReferenceNumbers.Reservation second = references.reserve();
        String next = transaction.execute(status -> {
            String reference = references.take(second);
            status.setRollbackOnly();
            return reference;
        });
        references.release(second); // gives it back again: no test leaves a gap behind

        assertThat(next).isEqualTo(taken);
    }

    @Test
    void aReservationInFlightIsNotHandedOutTwice() {
        ReferenceNumbers.Reservation held = references.reserve();
        ReferenceNumbers.Reservation other = references.reserve();
        try {
            assertThat(other.number()).isGreaterThan(held.number());
        } finally {
            references.release(other);
            references.release(held);
        }
        // both released: the smaller first, then the other, then a new one
        ReferenceNumbers.Reservation again = references.reserve();
        ReferenceNumbers.Reservation andAgain = references.reserve();
        references.release(again);
        references.release(andAgain);
        assertThat(List.of(again.number(), andAgain.number())).containsExactly(held.number(), other.number());
    }

    @Test
    void aReservationLeftByADeadNodeIsTakenOnceAbandoned() {
        // a node reserved a number and died before its submission committed or released it
        ReferenceNumbers.Reservation orphan = references.reserve();
        ReferenceNumbers.Reservation meanwhile = references.reserve();
        references.release(meanwhile);
        assertThat(references.reserve()).isEqualTo(meanwhile); // the orphan is not free yet: its node may be alive
        references.release(meanwhile);

        jdbc.update("UPDATE reference_allocation SET allocated_at = ? WHERE counter_year = ? AND ref_number = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(ReferenceNumbers.ABANDONED_AFTER)
                        .minusSeconds(60)), orphan.year(), orphan.number());

        ReferenceNumbers.Reservation taken = references.reserve();
        ReferenceNumbers.Reservation next = references.reserve();
        references.release(next);
        references.release(taken);
        assertThat(taken).isEqualTo(orphan);
        assertThat(next).isEqualTo(meanwhile);
    }

    @Test
    void aFailedSubmissionGivesItsNumberToTheNext() {
        // a number reserved by a submission that then failed, released as RequestService does
        ReferenceNumbers.Reservation failed = references.reserve();
        references.release(failed);
        int smallestFree = jdbc.queryForObject("SELECT MIN(ref_number) FROM reference_allocation WHERE released = TRUE"
                + " AND counter_year = ?", Integer.class, failed.year());

        String after = (String) new Api(rest, "partner-kh").submit(Api.nationalIdRequest("After " + UUID.randomUUID()),
                UUID.randomUUID().toString()).getBody().get("reference");

        assertThat(smallestFree).isLessThanOrEqualTo(failed.number());
        assertThat(after).isEqualTo("CR-%d-%05d".formatted(failed.year(), smallestFree));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reference_allocation WHERE counter_year = ?"
                + " AND ref_number = ?", Integer.class, failed.year(), smallestFree)).isZero();
    }
}
