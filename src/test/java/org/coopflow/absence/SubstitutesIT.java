package org.coopflow.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.notification.Notifier;
import org.coopflow.support.Api;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Substitutes: an official records an absence with a colleague of the same agency and role; the tasks assigned to
 * them while it runs are offered to the colleague as well (a candidate user of the engine's task, shown in the task
 * lists), who may take them over; the offers go when the absence ends. With the engine's clock moved and the absences'
 * scan run by hand ({@link AbsenceScan#runNow()}). Every absence a test records is ended after it.
 */
class SubstitutesIT extends MariaDbIntegrationTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService tasks;

    @Autowired
    Absences absences;

    @Autowired
    AbsenceScan scan;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    Notifier notifier;

    private Cast cast;

    @BeforeEach
    void cast() {
        cast = Cast.of(rest);
    }

    @AfterEach
    void everyoneBack() {
        ClockUtil.reset();
        for (String username : List.of("intake", "intake-2", "expert-mois", "expert-mois-2", "coord-mois")) {
            for (Absence absence : absences.mine(users.currentUserOf(username))) {
                if (absence.status().open()) {
                    absences.end(users.currentUserOf(username), absence.id());
                }
            }
        }
    }

    @Test
    void anAbsentExpertsNewAssignmentIsOfferedToTheSubstituteWhoMayTakeItOver() {
        LocalDate today = LocalDate.now(SEOUL);
        ResponseEntity<Map<String, Object>> recorded = record(cast.expertMois(), today, today.plusDays(3),
                "expert-mois-2", "Training in Busan");
        assertThat(recorded.getStatusCode()).as("%s", recorded).isEqualTo(HttpStatus.CREATED);
        assertThat(recorded.getBody()).containsEntry("status", "ACTIVE").containsEntry("substitute", "expert-mois-2");

        Journey journey = Journeys.toAssigningExperts(cast);
        Journeys.nominate(cast.coordMois(), journey, "expert-mois");

        String taskId = cast.expertMois().taskId(journey.id(), "respondToAssignment");
        assertThat(tasks.getIdentityLinksForTask(taskId)).anySatisfy(link -> {
            assertThat(link.getType()).isEqualTo(IdentityLinkType.CANDIDATE);
            assertThat(link.getUserId()).isEqualTo("expert-mois-2");
        });
        Map<String, Object> offered = offeredTo(cast.expertMois2(), journey, "respondToAssignment");
        assertThat(offered).containsEntry("assignee", "expert-mois");
        assertThat(offered.get("candidateUsers")).isEqualTo(List.of("expert-mois-2"));
        assertThat(notifier.sentFor(journey.id())).anySatisfy(mail -> {
            assertThat(mail.recipient).isEqualTo("expert2@mois.go.kr.example");
            assertThat(mail.body).contains("Han Ye-jin");
        });
        assertThat(cast.manager().history(journey.id())).filteredOn(e -> "SUBSTITUTE_OFFERED".equals(e.get("eventType")))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("actor")).isEqualTo("expert-mois");
                    assertThat(e.get("counterpart")).isEqualTo("expert-mois-2");
                    assertThat(e.get("step")).isEqualTo("respondToAssignment");
                    assertThat(e.get("reason")).isEqualTo("Training in Busan");
                });

        // the substitute takes it over
        ResponseEntity<Map<String, Object>> claim = cast.expertMois2().post("/api/v1/tasks/" + taskId + "/claim", null);
        assertThat(claim.getStatusCode()).as("%s", claim).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("expert-mois-2");
        assertThat(cast.manager().history(journey.id())).filteredOn(e -> "TASK_CLAIMED".equals(e.get("eventType")))
                .anySatisfy(e -> assertThat(e.get("actor")).isEqualTo("expert-mois-2"));
        // someone who is neither the holder nor the substitute still may not
        assertThat(new Api(rest, "expert-komsco").post("/api/v1/tasks/" + taskId + "/claim", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void tasksHeldWhenTheAbsenceStartsAreOfferedThenWithdrawnWhenItEnds() {
        at(LocalDateTime.of(2026, 9, 1, 10, 0));
        Journey journey = Journeys.submitted(cast);
        String taskId = cast.intake().taskId(journey.id(), "screenRequest");
        cast.intake().post("/api/v1/tasks/" + taskId + "/claim", null);
        Api intake2 = new Api(rest, "intake-2");
        ResponseEntity<Map<String, Object>> recorded = record(cast.intake(), LocalDate.of(2026, 9, 2),
                LocalDate.of(2026, 9, 3), "intake-2", null);
        assertThat(recorded.getBody()).containsEntry("status", "PLANNED");
        assertThat(offered(intake2, journey)).isEmpty();

        at(LocalDateTime.of(2026, 9, 2, 0, 1));
        scan.runNow();

        assertThat(offered(intake2, journey)).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("taskId", taskId).containsEntry("assignee", "intake"));
        assertThat(cast.manager().history(journey.id())).extracting(e -> e.get("eventType"))
                .contains("SUBSTITUTE_OFFERED");

        at(LocalDateTime.of(2026, 9, 4, 0, 1));
        scan.runNow();

        assertThat(offered(intake2, journey)).isEmpty();
        assertThat(tasks.getIdentityLinksForTask(taskId)).noneSatisfy(link ->
                assertThat(link.getUserId()).isEqualTo("intake-2"));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("intake");
        assertThat(absences.find(((Number) recorded.getBody().get("id")).longValue()).status())
                .isEqualTo(AbsenceStatus.ENDED);
        assertThat(cast.manager().history(journey.id())).extracting(e -> e.get("eventType"))
                .contains("SUBSTITUTE_OFFERED", "SUBSTITUTE_WITHDRAWN");
    }

    @Test
    void anOfficialBackEarlyEndsTheAbsenceAndTheOffersGo() {
        LocalDate today = LocalDate.now(SEOUL);
        Journey journey = Journeys.submitted(cast);
        String taskId = cast.intake().taskId(journey.id(), "screenRequest");
        cast.intake().post("/api/v1/tasks/" + taskId + "/claim", null);
        Long id = ((Number) record(cast.intake(), today, today.plusDays(5), "intake-2", null).getBody().get("id"))
                .longValue();
        Api intake2 = new Api(rest, "intake-2");
        assertThat(offered(intake2, journey)).hasSize(1);
        // nobody else ends it
        assertThat(intake2.post("/api/v1/absences/" + id + "/end", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<Map<String, Object>> ended = cast.intake().post("/api/v1/absences/" + id + "/end", null);

        assertThat(ended.getBody()).containsEntry("status", "ENDED").containsEntry("endedBy", "intake");
        assertThat(offered(intake2, journey)).isEmpty();
        assertThat(cast.intake().post("/api/v1/absences/" + id + "/end", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void badAbsencesAreRefusedAtTheirFieldsAndChangeNothing() {
        LocalDate today = LocalDate.now(SEOUL);
        Api expert = cast.expertMois();
        int before = absences.mine(users.currentUserOf("expert-mois")).size();

        assertFieldErrors(record(expert, today, today.plusDays(2), "expert-komsco", null), "substitute");
        assertFieldErrors(record(expert, today, today.plusDays(2), "coord-mois", null), "substitute");
        assertFieldErrors(record(expert, today.plusDays(3), today.plusDays(1), "expert-mois-2", null), "lastDay");
        assertFieldErrors(record(expert, today.minusDays(5), today.minusDays(1), "expert-mois-2", null), "lastDay");
        assertFieldErrors(record(expert, null, null, null, null), "firstDay", "lastDay", "substitute");
        assertFieldErrors(record(expert, today, today.plusDays(400), "expert-mois-2", null), "lastDay");
        assertFieldErrors(record(expert, today, today, "expert-mois-2", "x".repeat(501)), "note");
        assertThat(absences.mine(users.currentUserOf("expert-mois"))).hasSize(before);

        // one absence at a time; a substitute away then too cannot stand in
        assertThat(record(expert, today.plusDays(10), today.plusDays(12), "expert-mois-2", null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertFieldErrors(record(expert, today.plusDays(12), today.plusDays(14), "expert-mois-2", null), "firstDay");
        assertFieldErrors(record(cast.expertMois2(), today.plusDays(11), today.plusDays(11), "expert-mois", null),
                "substitute");

        // partners and administrators have no absences
        assertThat(record(cast.partner(), today, today, "partner-gt", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(new Api(rest, "admin").get("/api/v1/absences").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // --- helpers

    private static void at(LocalDateTime inSeoul) {
        ClockUtil.setCurrentTime(Date.from(inSeoul.atZone(SEOUL).toInstant()));
    }

    private static ResponseEntity<Map<String, Object>> record(Api official, LocalDate first, LocalDate last,
                                                              String substitute, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstDay", first == null ? null : first.toString());
        body.put("lastDay", last == null ? null : last.toString());
        body.put("substitute", substitute);
        body.put("note", note);
        return official.post("/api/v1/absences", body);
    }

    /** The request's tasks offered to this user (claimable by them), through the API's task list. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> offered(Api user, Journey journey) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) user
                .get("/api/v1/tasks?view=OFFERED&size=200").getBody().get("items");
        return items.stream().filter(t -> journey.id().equals(((Number) t.get("requestId")).longValue())).toList();
    }

    private static Map<String, Object> offeredTo(Api user, Journey journey, String taskKey) {
        return offered(user, journey).stream().filter(t -> taskKey.equals(t.get("taskKey"))).findFirst()
                .orElseThrow(() -> new AssertionError(taskKey + " is not offered to this user"));
    }

    @SuppressWarnings("unchecked")
    private static void assertFieldErrors(ResponseEntity<Map<String, Object>> response, String... fields) {
        assertThat(response.getStatusCode()).as("%s", response).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, Object>) response.getBody().get("errors")).containsOnlyKeys(fields);
    }
}
