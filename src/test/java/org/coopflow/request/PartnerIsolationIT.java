package org.coopflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One partner never sees, nor touches, another partner's request or the tasks offered to it: every attempt
 * answers 404 exactly like a request or task that does not exist, and changes nothing. Officials only work on
 * the tasks offered to their own groups; partners never see officials' tasks.
 */
class PartnerIsolationIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    @SuppressWarnings("unchecked")
    void anotherPartnerCannotSeeOrTouchTheRequestNorAnswerItsClarification() {
        Api kh = new Api(rest, "partner-kh");
        Api gt = new Api(rest, "partner-gt");
        Api intake = new Api(rest, "intake");
        Api manager = new Api(rest, "manager");

        Long id = kh.submitNew(Api.nationalIdRequest("Isolation: clarification " + UUID.randomUUID()));
        assertThat(kh.post("/api/v1/requests/" + id + "/messages", Map.of("text", "Our ministry's own note"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        intake.complete(id, "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "Which provinces would take part in the pilot?"));
        assertThat(kh.status(id)).isEqualTo("AWAITING_PARTNER");

        String taskId = kh.taskId(id, "answerClarification");
        Map<String, Object> khTask = kh.tasks(id, "answerClarification").get(0);
        assertThat((List<String>) khTask.get("candidateGroups")).containsExactly("partner:KH-MOI");
        assertThat(khTask.get("assignee")).isNull();
        String base = "/api/v1/requests/" + id;

        // listing: not in partner-gt's list, whatever the filter
        for (String query : List.of("?size=200", "?country=KH&size=200", "?status=AWAITING_PARTNER&size=200",
                "?sector=NATIONAL_ID&size=200")) {
            ResponseEntity<Map<String, Object>> list = gt.get("/api/v1/requests" + query);
            assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(idsOf(list.getBody())).as("partner-gt's list %s", query).doesNotContain(id);
            assertThat((List<Map<String, Object>>) list.getBody().get("items"))
                    .allSatisfy(r -> assertThat(r.get("partnerOrg")).isEqualTo("GT-MINGOB"));
        }

        // the request and everything hanging off it: 404, the same answer as for a request that does not exist
        ResponseEntity<Map<String, Object>> missing = gt.get("/api/v1/requests/999999999");
        assertNotFound(missing, "request.notFound");
        ResponseEntity<Map<String, Object>> read = gt.get(base);
        assertNotFound(read, "request.notFound");
        assertThat(read.getBody().get("detail")).isEqualTo(missing.getBody().get("detail"));
        assertThat(read.getBody().toString()).doesNotContain("Isolation", "KH-MOI", "Sokha");
        assertNotFound(gt.get(base + "/messages"), "request.notFound");
        assertNotFound(gt.post(base + "/messages", Map.of("text", "Hello from Guatemala")), "request.notFound");
        assertNotFound(gt.post(base + "/clarification", Map.of("answer", "Answer from the wrong partner")),
                "request.notFound");
        assertNotFound(gt.post(base + "/withdraw", Map.of("reason", "Not ours to withdraw")), "request.notFound");
        // the audit history is not for partners at all, and for another partner's request not even its existence
        assertNotFound(gt.get(base + "/history"), "request.notFound");

        // partner-kh's task: not in partner-gt's lists, and every action on it is a 404
        for (String view : List.of("ALL", "OFFERED", "ASSIGNED")) {
            assertThat(taskIdsOf(gt.get("/api/v1/tasks?size=200&view=" + view).getBody()))
                    .as("partner-gt's %s tasks", view).doesNotContain(taskId);
        }
        String task = "/api/v1/tasks/" + taskId;
        assertNotFound(gt.get(task + "/form"), "task.notFound");
        assertNotFound(gt.post(task + "/claim", null), "task.notFound");
        assertNotFound(gt.post(task + "/unclaim", null), "task.notFound");
        assertNotFound(gt.post(task + "/delegate", Map.of("userId", "partner-gt")), "task.notFound");
        assertNotFound(gt.post(task + "/complete", Map.of("clarificationAnswer", "Answer from the wrong partner")),
                "task.notFound");

        // nothing changed
        Map<String, Object> details = kh.get(base).getBody();
        assertThat(details.get("status")).isEqualTo("AWAITING_PARTNER");
        assertThat((List<Map<String, Object>>) details.get("pending"))
                .singleElement().satisfies(t -> {
                    assertThat(t.get("taskId")).isEqualTo(taskId);
                    assertThat(t.get("assignee")).isNull();
                });
        List<Map<String, Object>> messages = kh.getList(base + "/messages").getBody();
        assertThat(messages).extracting(m -> m.get("author")).containsExactly("partner-kh");
        List<Map<String, Object>> history = manager.history(id);
        assertThat(history).extracting(e -> e.get("actor")).doesNotContain("partner-gt");
        assertThat(history).extracting(e -> e.get("eventType"))
                .doesNotContain("WITHDRAWAL_REQUESTED", "CLARIFICATION_ANSWERED");

        // and the right partner still answers its own clarification
        kh.complete(id, "answerClarification", Map.of("clarificationAnswer", "Phnom Penh and Siem Reap."));
        assertThat(kh.status(id)).isEqualTo("SCREENING");
    }

    @Test
    @SuppressWarnings("unchecked")
    void officialsWorkOnlyOnTheirOwnAgencysTasksAndPartnersNeverSeeOfficialTasks() {
        Api kh = new Api(rest, "partner-kh");
        Api gt = new Api(rest, "partner-gt");
        Api intake = new Api(rest, "intake");
        Api coordMois = new Api(rest, "coord-mois");

        Long id = kh.submitNew(Api.nationalIdRequest("Isolation: nomination " + UUID.randomUUID()));
        String screening = intake.taskId(id, "screenRequest");
        // a partner never works on the screening of its own request
        assertThat(taskIdsOf(kh.get("/api/v1/tasks?size=200").getBody())).doesNotContain(screening);
        assertNotFound(kh.post("/api/v1/tasks/" + screening + "/claim", null), "task.notFound");
        assertNotFound(kh.get("/api/v1/tasks/" + screening + "/form"), "task.notFound");

        intake.complete(id, "screenRequest", Map.of("screeningDecision", "ACCEPT"));
        assertThat(kh.status(id)).isEqualTo("ASSIGNING_EXPERTS");
        List<Map<String, Object>> moisTasks = coordMois.tasks(id, "nominateExperts");
        assertThat(moisTasks).singleElement()
                .satisfies(t -> assertThat((List<String>) t.get("candidateGroups")).containsExactly("coordinator:MOIS"));
        String nominate = (String) moisTasks.get(0).get("taskId");
        String task = "/api/v1/tasks/" + nominate;

        // an expert and a coordinator of other agencies, intake, and both partners: not theirs → 404
        for (String user : List.of("expert-nec", "coord-nec", "coord-komsco", "expert-komsco", "intake",
                "partner-kh", "partner-gt")) {
            Api other = new Api(rest, user);
            assertThat(taskIdsOf(other.get("/api/v1/tasks?size=200").getBody())).as(user).doesNotContain(nominate);
            assertNotFound(other.get(task + "/form"), "task.notFound");
            assertNotFound(other.post(task + "/claim", null), "task.notFound");
            assertNotFound(other.post(task + "/complete", Map.of("nominatedExperts", List.of("expert-nec"))),
                    "task.notFound");
        }

        // partners' lists hold only tasks offered to their own organisation
        for (Api partner : List.of(kh, gt)) {
            String group = partner == kh ? "partner:KH-MOI" : "partner:GT-MINGOB";
            List<Map<String, Object>> items = (List<Map<String, Object>>) partner.get("/api/v1/tasks?size=200")
                    .getBody().get("items");
            assertThat(items).allSatisfy(t -> assertThat((List<String>) t.get("candidateGroups")).containsExactly(group));
        }
        assertThat(kh.tasks(id, "nominateExperts")).isEmpty();

        // nothing changed: the MOIS task is still open and unclaimed, and MOIS's coordinator may take it
        assertThat(coordMois.tasks(id, "nominateExperts")).singleElement()
                .satisfies(t -> assertThat(t.get("assignee")).isNull());
        assertThat(kh.status(id)).isEqualTo("ASSIGNING_EXPERTS");
        assertThat(coordMois.post(task + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(coordMois.get(task + "/form").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theSameIdempotencyKeyFromAnotherPartnerMakesItsOwnRequest() {
        Api kh = new Api(rest, "partner-kh");
        Api gt = new Api(rest, "partner-gt");
        String key = "shared-key-" + UUID.randomUUID();

        ResponseEntity<Map<String, Object>> khFirst = kh.submit(Api.nationalIdRequest("Isolation: key KH"), key);
        assertThat(khFirst.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Long khId = ((Number) khFirst.getBody().get("id")).longValue();

        ResponseEntity<Map<String, Object>> gtFirst = gt.submit(Api.nationalIdRequest("Isolation: key GT"), key);
        assertThat(gtFirst.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Long gtId = ((Number) gtFirst.getBody().get("id")).longValue();
        assertThat(gtId).isNotEqualTo(khId);
        assertThat(gtFirst.getBody().get("reference")).isNotEqualTo(khFirst.getBody().get("reference"));

        assertThat(gt.get("/api/v1/requests/" + gtId).getBody().get("partnerOrg")).isEqualTo("GT-MINGOB");
        assertNotFound(gt.get("/api/v1/requests/" + khId), "request.notFound");
        assertNotFound(kh.get("/api/v1/requests/" + gtId), "request.notFound");
        assertThat(kh.get("/api/v1/requests/" + khId).getBody().get("title")).isEqualTo("Isolation: key KH");
    }

    private static void assertNotFound(ResponseEntity<Map<String, Object>> response, String code) {
        assertThat(response.getStatusCode()).as("%s", response).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody()).containsEntry("status", 404).containsEntry("code", code);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> idsOf(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> taskIdsOf(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(t -> (String) t.get("taskId")).toList();
    }
}
