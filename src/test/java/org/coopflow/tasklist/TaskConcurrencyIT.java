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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two officials on one task: exactly one wins a simultaneous claim, the other gets a 409 and cannot complete;
 * only the assignee completes; a completed task is gone; unclaim, and delegation within the agency only.
 */
class TaskConcurrencyIT extends MariaDbIntegrationTest {

    private static final Map<String, Object> ACCEPT = Map.of("screeningDecision", "ACCEPT");

    @Autowired
    TestRestTemplate rest;

    @Test
    void simultaneousClaimsByTwoOfficialsLetExactlyOneWin() throws Exception {
        Api partner = new Api(rest, "partner-kh");
        Api manager = new Api(rest, "manager");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                Long id = partner.submitNew(Api.nationalIdRequest("Tasks: claim race " + round + " " + UUID.randomUUID()));
                Api intake = new Api(rest, "intake");
                Api intake2 = new Api(rest, "intake-2");
                String taskId = intake.taskId(id, "screenRequest");
                assertThat(intake2.taskId(id, "screenRequest")).isEqualTo(taskId);
                String claim = "/api/v1/tasks/" + taskId + "/claim";

                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch start = new CountDownLatch(1);
                Future<ResponseEntity<Map<String, Object>>> first = pool.submit(() -> {
                    ready.countDown();
                    assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                    return intake.post(claim, null);
                });
                Future<ResponseEntity<Map<String, Object>>> second = pool.submit(() -> {
                    ready.countDown();
                    assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                    return intake2.post(claim, null);
                });
                assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
                start.countDown();
                ResponseEntity<Map<String, Object>> a = first.get(60, TimeUnit.SECONDS);
                ResponseEntity<Map<String, Object>> b = second.get(60, TimeUnit.SECONDS);

                assertThat(List.of(a.getStatusCode().value(), b.getStatusCode().value()))
                        .as("round %d: %s / %s", round, a, b).containsExactlyInAnyOrder(204, 409);
                boolean intakeWon = a.getStatusCode() == HttpStatus.NO_CONTENT;
                Api winner = intakeWon ? intake : intake2;
                Api loser = intakeWon ? intake2 : intake;
                ResponseEntity<Map<String, Object>> lost = intakeWon ? b : a;
                assertProblem(lost, HttpStatus.CONFLICT, "task.claimedBy");
                assertThat((String) lost.getBody().get("detail")).contains(intakeWon ? "Lee Ji-won" : "Park Ji-hoon");

                // the task is the winner's: the loser can neither complete it nor see it offered any more
                String winnerName = intakeWon ? "intake" : "intake-2";
                assertThat(winner.tasks(id, "screenRequest")).singleElement()
                        .satisfies(t -> assertThat(t.get("assignee")).isEqualTo(winnerName));
                assertThat(loser.tasks(id, "screenRequest")).isEmpty();
                ResponseEntity<Map<String, Object>> loserCompletes = loser.post("/api/v1/tasks/" + taskId + "/complete", ACCEPT);
                assertThat(loserCompletes.getStatusCode().value()).isIn(404, 409);
                assertThat(loser.post(claim, null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                assertThat(partner.status(id)).isEqualTo("SCREENING");

                assertThat(winner.post("/api/v1/tasks/" + taskId + "/complete", ACCEPT).getStatusCode())
                        .isEqualTo(HttpStatus.NO_CONTENT);
                assertThat(partner.status(id)).isEqualTo("ASSIGNING_EXPERTS");

                // exactly one claim and one decision were recorded, both the winner's
                List<Map<String, Object>> history = manager.getList("/api/v1/requests/" + id + "/history").getBody();
                assertThat(history).extracting(e -> (Map<?, ?>) e.get("entry"))
                        .filteredOn(e -> "TASK_CLAIMED".equals(e.get("eventType")))
                        .singleElement().satisfies(e -> assertThat(e.get("actor")).isEqualTo(winnerName));
                assertThat(history).extracting(e -> (Map<?, ?>) e.get("entry"))
                        .filteredOn(e -> "SCREENING_DECIDED".equals(e.get("eventType")))
                        .singleElement().satisfies(e -> assertThat(e.get("actor")).isEqualTo(winnerName));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The same task completed twice at the same moment (a double submission, two browser tabs): one 204, one 409 —
     * whatever the database reports (a deadlock between the task read model and the request row, a lock timeout, an
     * optimistic-locking conflict) — in every round, and the step recorded once.
     */
    @Test
    void simultaneousCompletionsOfOneTaskAnswerOne204AndOne409EveryTime() throws Exception {
        Api partner = new Api(rest, "partner-kh");
        Api intake = new Api(rest, "intake");
        Api manager = new Api(rest, "manager");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 10; round++) {
                Long id = partner.submitNew(Api.nationalIdRequest("Tasks: completion race " + round + " " + UUID.randomUUID()));
                String task = "/api/v1/tasks/" + intake.taskId(id, "screenRequest");
                assertThat(intake.post(task + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ResponseEntity<Map<String, Object>>>> answers = List.of(
                        pool.submit(() -> {
                            assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                            return intake.post(task + "/complete", ACCEPT);
                        }),
                        pool.submit(() -> {
                            assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                            return intake.post(task + "/complete", ACCEPT);
                        }));
                start.countDown();
                List<Integer> statuses = new java.util.ArrayList<>();
                for (Future<ResponseEntity<Map<String, Object>>> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS).getStatusCode().value());
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(204, 409);
                assertThat(partner.status(id)).isEqualTo("ASSIGNING_EXPERTS");
                assertThat(manager.history(id)).filteredOn(e -> "SCREENING_DECIDED".equals(e.get("eventType")))
                        .hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheAssigneeCompletesAndACompletedTaskIsGone() {
        Api partner = new Api(rest, "partner-kh");
        Api intake = new Api(rest, "intake");
        Api intake2 = new Api(rest, "intake-2");
        Long id = partner.submitNew(Api.nationalIdRequest("Tasks: only the assignee " + UUID.randomUUID()));
        String taskId = intake.taskId(id, "screenRequest");
        String task = "/api/v1/tasks/" + taskId;

        // not claimed by anyone: claim first
        assertProblem(intake.post(task + "/complete", ACCEPT), HttpStatus.CONFLICT, "task.claimFirst");
        assertThat(partner.status(id)).isEqualTo("SCREENING");

        // claimed by a colleague: not mine to complete, unclaim or delegate
        assertThat(intake.post(task + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(intake.post(task + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT); // idempotent
        assertProblem(intake2.post(task + "/complete", ACCEPT), HttpStatus.CONFLICT, "task.claimedBy");
        assertProblem(intake2.post(task + "/unclaim", null), HttpStatus.CONFLICT, "task.claimedBy");
        assertProblem(intake2.post(task + "/delegate", Map.of("userId", "intake-2")), HttpStatus.CONFLICT, "task.claimedBy");
        assertThat(partner.status(id)).isEqualTo("SCREENING");

        // a bad submission changes nothing either
        ResponseEntity<Map<String, Object>> invalid = intake.post(task + "/complete", Map.of("screeningDecision", "MAYBE"));
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, Object>) invalid.getBody().get("errors")).containsKey("screeningDecision");
        assertThat(intake.tasks(id, "screenRequest")).singleElement()
                .satisfies(t -> assertThat(t.get("assignee")).isEqualTo("intake"));

        assertThat(intake.post(task + "/complete", ACCEPT).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(partner.status(id)).isEqualTo("ASSIGNING_EXPERTS");

        // completed: gone for everybody
        for (Api official : List.of(intake, intake2)) {
            ResponseEntity<Map<String, Object>> again = official.post(task + "/complete", ACCEPT);
            assertThat(again.getStatusCode().value()).as("%s", again).isIn(404, 409);
            assertThat(again.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(official.post(task + "/claim", null).getStatusCode().value()).isIn(404, 409);
            assertThat(official.get(task + "/form").getStatusCode().value()).isIn(404, 409);
        }
        assertThat(partner.status(id)).isEqualTo("ASSIGNING_EXPERTS");
    }

    @Test
    void unclaimingLetsAColleagueClaim() {
        Api partner = new Api(rest, "partner-kh");
        Api intake = new Api(rest, "intake");
        Api intake2 = new Api(rest, "intake-2");
        Long id = partner.submitNew(Api.nationalIdRequest("Tasks: unclaim " + UUID.randomUUID()));
        String task = "/api/v1/tasks/" + intake.taskId(id, "screenRequest");

        assertThat(intake.post(task + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(intake2.post(task + "/claim", null), HttpStatus.CONFLICT, "task.claimedBy");
        assertThat(intake.post(task + "/unclaim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(intake.tasks(id, "screenRequest")).singleElement()
                .satisfies(t -> assertThat(t.get("assignee")).isNull());
        // unclaiming a task nobody holds is a conflict, not a silent success
        assertProblem(intake.post(task + "/unclaim", null), HttpStatus.CONFLICT, "task.claimFirst");

        assertThat(intake2.post(task + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(intake.post(task + "/complete", ACCEPT), HttpStatus.CONFLICT, "task.claimedBy");
        assertThat(intake2.post(task + "/complete", ACCEPT).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(partner.status(id)).isEqualTo("ASSIGNING_EXPERTS");
    }

    @Test
    void delegationStaysWithinTheAgencyAndItsGroup() {
        Api partner = new Api(rest, "partner-kh");
        Api intake = new Api(rest, "intake");
        Api intake2 = new Api(rest, "intake-2");
        Long id = partner.submitNew(Api.nationalIdRequest("Tasks: delegate " + UUID.randomUUID()));
        String taskId = intake.taskId(id, "screenRequest");
        String task = "/api/v1/tasks/" + taskId;

        // only the assignee delegates
        assertProblem(intake.post(task + "/delegate", Map.of("userId", "intake-2")), HttpStatus.CONFLICT, "task.claimFirst");
        assertThat(intake.post(task + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // another agency, a partner, an official of MOIS outside the intake group, nobody, oneself: refused
        for (String target : List.of("coord-komsco", "expert-nec", "partner-kh", "coord-mois", "no-such-user", "intake")) {
            ResponseEntity<Map<String, Object>> refused = intake.post(task + "/delegate", Map.of("userId", target));
            assertThat(refused.getStatusCode().value()).as("delegate to %s: %s", target, refused).isIn(400, 403);
            assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        }
        ResponseEntity<Map<String, Object>> noTarget = intake.post(task + "/delegate", Map.of());
        assertThat(noTarget.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(intake.tasks(id, "screenRequest")).singleElement()
                .satisfies(t -> assertThat(t.get("assignee")).isEqualTo("intake"));
        assertThat(new Api(rest, "coord-komsco").tasks(id, "screenRequest")).isEmpty();

        // a colleague of the same agency and group: the task is now theirs
        assertThat(intake.post(task + "/delegate", Map.of("userId", "intake-2")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(assignedTo(intake2)).filteredOn(t -> taskId.equals(t.get("taskId"))).singleElement()
                .satisfies(t -> assertThat(t.get("assignee")).isEqualTo("intake-2"));
        assertThat(intake.tasks(id, "screenRequest")).isEmpty();
        assertProblem(intake.post(task + "/complete", ACCEPT), HttpStatus.CONFLICT, "task.claimedBy");
        assertThat(intake2.post(task + "/complete", ACCEPT).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(partner.status(id)).isEqualTo("ASSIGNING_EXPERTS");

        assertThat(new Api(rest, "manager").history(id)).filteredOn(e -> "TASK_DELEGATED".equals(e.get("eventType")))
                .singleElement().satisfies(e -> assertThat(e.get("actor")).isEqualTo("intake"));
    }

    /** Every task assigned to this user, page by page. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> assignedTo(Api official) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = (List<Map<String, Object>>) official
                    .get("/api/v1/tasks?view=ASSIGNED&size=200&page=" + page).getBody().get("items");
            all.addAll(items);
            if (items.size() < 200) {
                return all;
            }
        }
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).as("%s", response).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("%s", response).isTrue();
        assertThat(response.getBody()).as("%s", response).containsEntry("status", status.value())
                .containsEntry("code", code);
    }
}
