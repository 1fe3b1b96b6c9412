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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reference numbers are gapless per year and never shared, also when partners submit at the same moment (the year's
 * counter row, locked in each submission's transaction, orders them on every node), and a submission that rolls back
 * gives its number back.
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
        String taken = transaction.execute(status -> {
            String reference = references.next();
            status.setRollbackOnly();
            return reference;
        });

        String next = transaction.execute(status -> {
            String reference = references.next();
            status.setRollbackOnly(); // gives it back again: no test leaves a gap behind
            return reference;
        });

        assertThat(next).isEqualTo(taken);
    }
}
