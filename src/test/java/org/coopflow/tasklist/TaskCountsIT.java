package org.coopflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The task list's totals through the engine: every way a task changes hands (claim, release, delegation, completion,
 * a withdrawn request, two officials claiming at once) moves it between the totals exactly once, as the API reports
 * them ({@code total}, {@code totalIsExact}, {@code hasNext}). The totals are counted from the queues the projector
 * keeps in the engine's transaction, so they are right whenever the queues are. Compared before and after, so other
 * tests' tasks in the shared database do not matter.
 */
class TaskCountsIT extends MariaDbIntegrationTest {

    private static final Map<String, Object> ACCEPT = Map.of("screeningDecision", "ACCEPT");

    @Autowired
    TestRestTemplate rest;

    @Test
    void totalsFollowClaimReleaseDelegationCompletionAndWithdrawal() {
        Api partner = new Api(rest, "partner-kh");
        Api intake = new Api(rest, "intake");
        Api intake2 = new Api(rest, "intake-2");
        Totals before = Totals.of(intake, intake2);

        Long first = partner.submitNew(Api.nationalIdRequest("Counts: hands " + UUID.randomUUID()));
        Long second = partner.submitNew(Api.nationalIdRequest("Counts: withdrawn " + UUID.randomUUID()));
        assertThat(Totals.of(intake, intake2)).isEqualTo(before.offered(2));

        String task = "/api/v1/tasks/" + intake.taskId(first, "screenRequest");
        assertThat(intake.post(task + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(Totals.of(intake, intake2)).isEqualTo(before.offered(1).assignedToFirst(1));

        assertThat(intake.post(task + "/unclaim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(Totals.of(intake, intake2)).isEqualTo(before.offered(2));

        assertThat(intake.post(task + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(intake.post(task + "/delegate", Map.of("userId", "intake-2")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(Totals.of(intake, intake2)).isEqualTo(before.offered(1).assignedToSecond(1));

        assertThat(intake2.post(task + "/complete", ACCEPT).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(Totals.of(intake, intake2)).isEqualTo(before.offered(1));

        ResponseEntity<Map<String, Object>> withdrawn = partner.post("/api/v1/requests/" + second + "/withdraw",
                Map.of("reason", "No longer needed"));
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(Totals.of(intake, intake2)).isEqualTo(before);
    }

    @Test
    void simultaneousClaimsMoveTheTaskOnce() throws Exception {
        Api partner = new Api(rest, "partner-kh");
        Api intake = new Api(rest, "intake");
        Api intake2 = new Api(rest, "intake-2");
        Long id = partner.submitNew(Api.nationalIdRequest("Counts: claim race " + UUID.randomUUID()));
        Totals before = Totals.of(intake, intake2);
        String claim = "/api/v1/tasks/" + intake.taskId(id, "screenRequest") + "/claim";

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<ResponseEntity<Map<String, Object>>> a = pool.submit(() -> {
                assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                return intake.post(claim, null);
            });
            Future<ResponseEntity<Map<String, Object>>> b = pool.submit(() -> {
                assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                return intake2.post(claim, null);
            });
            start.countDown();
            boolean firstWon = a.get(60, TimeUnit.SECONDS).getStatusCode() == HttpStatus.NO_CONTENT;
            assertThat(List.of(a.get().getStatusCode().value(), b.get(60, TimeUnit.SECONDS).getStatusCode().value()))
                    .containsExactlyInAnyOrder(204, 409);

            Totals expected = firstWon ? before.offered(-1).assignedToFirst(1) : before.offered(-1).assignedToSecond(1);
            assertThat(Totals.of(intake, intake2)).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theApiSaysWhetherTheTotalIsExactAndWhetherAPageFollows() {
        Api partner = new Api(rest, "partner-kh");
        Api intake = new Api(rest, "intake");
        partner.submitNew(Api.nationalIdRequest("Counts: paging " + UUID.randomUUID()));
        partner.submitNew(Api.nationalIdRequest("Counts: paging " + UUID.randomUUID()));

        Map<String, Object> page = intake.get("/api/v1/tasks?view=OFFERED&size=1").getBody();
        long total = ((Number) page.get("total")).longValue();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(page.get("totalIsExact")).isEqualTo(true);
        assertThat(page.get("hasNext")).isEqualTo(true);
        assertThat((List<?>) page.get("items")).hasSize(1);

        Map<String, Object> last = intake.get("/api/v1/tasks?view=OFFERED&size=1&page=" + (total - 1)).getBody();
        assertThat((List<?>) last.get("items")).hasSize(1);
        assertThat(last.get("hasNext")).isEqualTo(false);
        assertThat(((Number) last.get("total")).longValue()).isEqualTo(total);
    }

    /** What the API says of two officials' tasks: offered to their (shared) group, assigned to each. */
    private record Totals(long offered, long assignedFirst, long assignedSecond) {

        static Totals of(Api first, Api second) {
            return new Totals(total(first, "OFFERED"), total(first, "ASSIGNED"), total(second, "ASSIGNED"));
        }

        Totals offered(int delta) {
            return new Totals(offered + delta, assignedFirst, assignedSecond);
        }

        Totals assignedToFirst(int delta) {
            return new Totals(offered, assignedFirst + delta, assignedSecond);
        }

        Totals assignedToSecond(int delta) {
            return new Totals(offered, assignedFirst, assignedSecond + delta);
        }

        private static long total(Api api, String view) {
            Map<String, Object> page = api.get("/api/v1/tasks?size=1&view=" + view).getBody();
            assertThat(page.get("totalIsExact")).as("a test database holds fewer than 10,000 tasks").isEqualTo(true);
            return ((Number) page.get("total")).longValue();
        }
    }
}
