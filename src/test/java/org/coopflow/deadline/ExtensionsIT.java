package org.coopflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.calendar.CalendarKind;
import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.notification.Notifier;
import org.coopflow.support.Api;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Requests for more time through the API, with the engine's clock pinned: the holder asks with a reason, the step's
 * responsible party decides in its own task (bpmn/stepExtension.bpmn), a grant moves the due date, the step's timer
 * at it and its reminders; a refusal says why; all of it in the timeline. Bad requests change nothing.
 */
class ExtensionsIT extends MariaDbIntegrationTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    Deadlines deadlines;

    @Autowired
    Extensions extensions;

    @Autowired
    DeadlineScan scan;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    Notifier notifier;

    private Cast cast;

    @BeforeEach
    void cast() {
        cast = Cast.of(rest);
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void aPartnerAsksForMoreTimeOnAClarificationAndIntakeGrantsIt() {
        Journey journey = clarificationAsked(LocalDateTime.of(2026, 4, 6, 10, 0));
        String taskId = cast.partner().taskId(journey.id(), "answerClarification");
        Instant dueBefore = tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate().toInstant();

        ResponseEntity<Map<String, Object>> asked = ask(cast.partner(), taskId, 5,
                "Our minister signs the answer after the provincial elections.");

        assertThat(asked.getStatusCode()).as("%s", asked).isEqualTo(HttpStatus.CREATED);
        Instant expected = calendars.due(CalendarKind.PARTNER, "KH-MOI", dueBefore, 5);
        assertThat(asked.getBody()).containsEntry("status", "PENDING").containsEntry("days", 5)
                .containsEntry("deciders", "intake").containsEntry("dueIfGranted", expected.toString());
        // the due date does not move until someone decides
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate().toInstant()).isEqualTo(dueBefore);
        // intake decides, in a task of its own, with a due date and a ladder like any step
        Task decide = decideTask(journey);
        assertThat(tasks.getIdentityLinksForTask(decide.getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo("intake"));
        assertThat(decide.getDueDate()).isNotNull();
        assertThat(deadlines.of(decide.getId())).isPresent();
        assertThat(notifier.sentFor(journey.id())).anySatisfy(mail -> {
            assertThat(mail.recipient).isEqualTo("intake@mois.go.kr.example");
            assertThat(mail.body).contains("provincial elections");
        });

        cast.intake().complete(journey.id(), "decideExtension", Map.of("extensionDecision", "GRANT"));

        Task answer = tasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(answer.getDueDate().toInstant()).isEqualTo(expected);
        Job lapse = management.createJobQuery().executionId(answer.getExecutionId()).timers().singleResult();
        assertThat(lapse.getDuedate().toInstant()).isEqualTo(expected);
        StepDeadline deadline = deadlines.of(taskId).orElseThrow();
        assertThat(deadline.dueAt()).isEqualTo(expected);
        assertThat(deadline.workingDays()).isEqualTo(35);
        assertThat(deadline.extendedDays()).isEqualTo(5);
        // the pending task list and the request page show the new date
        assertThat(cast.partner().tasks(journey.id(), "answerClarification")).singleElement()
                .satisfies(t -> assertThat(t.get("due")).isEqualTo(expected.toString()));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.reference())
                .processDefinitionKey(DeadlineProcess.PROCESS_KEY_EXTENSION).count()).isZero();
        assertThat(notifier.sentFor(journey.id())).anySatisfy(mail -> {
            assertThat(mail.recipient).isEqualTo("sokha.chan@interior.gov.kh.example");
            assertThat(mail.subject).contains(journey.reference());
            assertThat(mail.body).contains(expected.atZone(PHNOM_PENH).toLocalDate().toString());
        });

        List<Map<String, Object>> history = cast.manager().history(journey.id());
        assertThat(history).filteredOn(e -> "EXTENSION_REQUESTED".equals(e.get("eventType"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("actor")).isEqualTo("partner-kh");
                    assertThat(e.get("numberValue")).isEqualTo(5);
                    assertThat(e.get("reason")).isEqualTo("Our minister signs the answer after the provincial elections.");
                });
        assertThat(history).filteredOn(e -> "EXTENSION_DECIDED".equals(e.get("eventType"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("actor")).isEqualTo("intake");
                    assertThat(e.get("decision")).isEqualTo("GRANTED");
                    assertThat(e.get("onDate")).isEqualTo(expected.atZone(PHNOM_PENH).toLocalDate().toString());
                });
    }

    @Test
    void refusingSaysWhyAndKeepsTheDueDate() {
        Journey journey = Journeys.submitted(cast);
        String taskId = claim(cast.intake(), journey, "screenRequest");
        Instant dueBefore = tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate().toInstant();
        assertThat(ask(cast.intake(), taskId, 2, "Waiting for the embassy's translation.").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        // screening is intake's own step: a manager decides
        ResponseEntity<Map<String, Object>> withoutReason = Journeys.submitForm(cast.manager(), journey,
                "decideExtension", Map.of("extensionDecision", "REFUSE"));
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorsOf(withoutReason)).containsOnlyKeys("extensionComment");
        assertThat(decideTask(journey)).isNotNull();

        cast.manager().complete(journey.id(), "decideExtension", Map.of("extensionDecision", "REFUSE",
                "extensionComment", "The partner is waiting; screen it with the English version."));

        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate().toInstant()).isEqualTo(dueBefore);
        assertThat(extensions.ofRequest(journey.id())).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(ExtensionStatus.REFUSED);
            assertThat(e.decidedBy()).isEqualTo("manager");
            assertThat(e.newDueAt()).isNull();
        });
        assertThat(cast.manager().history(journey.id())).filteredOn(e -> "EXTENSION_DECIDED".equals(e.get("eventType")))
                .singleElement().satisfies(e -> assertThat(e.get("decision")).isEqualTo("REFUSED"));
        // refused: asking again is possible
        assertThat(ask(cast.intake(), taskId, 1, "Translation promised for tomorrow.").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void badRequestsForMoreTimeAreRefusedAtTheirFieldsAndChangeNothing() {
        Journey journey = Journeys.submitted(cast);
        String taskId = claim(cast.intake(), journey, "screenRequest");

        assertFieldErrors(ask(cast.intake(), taskId, 0, "A reason"), "days");
        assertFieldErrors(ask(cast.intake(), taskId, 31, "A reason"), "days");
        assertFieldErrors(ask(cast.intake(), taskId, 3, "   "), "reason");
        assertFieldErrors(ask(cast.intake(), taskId, null, "x".repeat(2001)), "days", "reason");
        ResponseEntity<Map<String, Object>> notANumber = cast.intake().post("/api/v1/tasks/" + taskId + "/extension",
                Map.of("days", "three", "reason", "A reason"));
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(extensions.ofRequest(journey.id())).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.reference())
                .processDefinitionKey(DeadlineProcess.PROCESS_KEY_EXTENSION).count()).isZero();
    }

    @Test
    void onlyTheHolderAsksOnceAtATimeAndAnotherPartnerSeesNothing() {
        Journey journey = clarificationAsked(LocalDateTime.of(2026, 4, 6, 10, 0));
        String clarification = cast.partner().taskId(journey.id(), "answerClarification");
        Api otherPartner = new Api(rest, "partner-gt");
        assertThat(ask(otherPartner, clarification, 3, "Not ours").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherPartner.get("/api/v1/tasks/" + clarification + "/extension").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        Journey screening = Journeys.submitted(cast);
        String taskId = claim(cast.intake(), screening, "screenRequest");
        ResponseEntity<Map<String, Object>> colleague = ask(new Api(rest, "intake-2"), taskId, 2, "I could help");
        assertThat(colleague.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(ask(cast.intake(), taskId, 2, "Waiting for documents.").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map<String, Object>> again = ask(cast.intake(), taskId, 4, "And more.");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(extensions.ofRequest(screening.id())).hasSize(1);
        assertThat(cast.intake().getList("/api/v1/tasks/" + taskId + "/extension").getBody()).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("status", "PENDING").containsEntry("days", 2));
    }

    @Test
    void nobodyDecidesOnTheirOwnRequestForMoreTime() {
        Journey journey = Journeys.toMouSigningApproval(cast, driver);
        String taskId = claim(cast.manager(), journey, "approveMouForSigning");
        assertThat(ask(cast.manager(), taskId, 3, "The director is travelling.").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map<String, Object>> own = Journeys.submitForm(cast.manager(), journey, "decideExtension",
                Map.of("extensionDecision", "GRANT"));

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorsOf(own)).containsOnlyKeys("extensionDecision");
        assertThat(extensions.ofRequest(journey.id())).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(ExtensionStatus.PENDING));
    }

    @Test
    void aStepThatEndsBeforeTheDecisionClosesItsRequestForMoreTime() {
        Journey journey = clarificationAsked(LocalDateTime.of(2026, 4, 6, 10, 0));
        String taskId = cast.partner().taskId(journey.id(), "answerClarification");
        ask(cast.partner(), taskId, 5, "Elections.");
        assertThat(decideTask(journey)).isNotNull();

        cast.partner().complete(journey.id(), "answerClarification",
                Map.of("clarificationAnswer", "Phnom Penh first, then Siem Reap."));

        assertThat(decideTask(journey)).isNull();
        assertThat(extensions.ofRequest(journey.id())).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(ExtensionStatus.CANCELLED));
        assertThat(cast.intake().tasks(journey.id(), "decideExtension")).isEmpty();
        assertThat(cast.manager().history(journey.id())).extracting(e -> e.get("eventType"))
                .contains("EXTENSION_REQUESTED", "EXTENSION_CANCELLED");
    }

    @Test
    void moreTimeOnAnOverdueStepBringsItsReminderAndEscalationBackForTheNewDate() {
        // Tuesday 1 September 2026, 10:00 in Seoul: screening due Tuesday 8 September, 18:00
        at(LocalDateTime.of(2026, 9, 1, 10, 0));
        Journey journey = Journeys.submitted(cast);
        String taskId = claim(cast.intake(), journey, "screenRequest");
        at(LocalDateTime.of(2026, 9, 8, 18, 1));
        scan.runNow();
        scan.runNow();
        assertThat(deadlines.remindersOf(journey.id())).extracting(StepReminder::rung)
                .containsExactly(Rung.SHARE, Rung.DUE);

        ask(cast.intake(), taskId, 3, "The partner sent a new annex.");
        cast.manager().complete(journey.id(), "decideExtension", Map.of("extensionDecision", "GRANT"));

        StepDeadline deadline = deadlines.of(taskId).orElseThrow();
        assertThat(deadline.dueAt()).isEqualTo(LocalDateTime.of(2026, 9, 11, 18, 0).atZone(SEOUL).toInstant());
        assertThat(deadline.nextRung()).isEqualTo("DUE");
        at(LocalDateTime.of(2026, 9, 9, 18, 1)); // was the escalation's time: moved with the due date
        scan.runNow();
        assertThat(deadlines.remindersOf(journey.id())).hasSize(2);
        at(LocalDateTime.of(2026, 9, 11, 18, 1));
        scan.runNow();
        at(LocalDateTime.of(2026, 9, 14, 18, 1));
        scan.runNow();
        assertThat(deadlines.remindersOf(journey.id())).filteredOn(r -> r.taskId().equals(taskId))
                .extracting(StepReminder::rung).containsExactly(Rung.SHARE, Rung.DUE, Rung.DUE, Rung.ESCALATION);
    }

    // --- helpers

    /** Submitted at this moment (Phnom Penh time) and a clarification asked: the partner's answer is open. */
    private Journey clarificationAsked(LocalDateTime inPhnomPenh) {
        ClockUtil.setCurrentTime(Date.from(inPhnomPenh.atZone(PHNOM_PENH).toInstant()));
        Journey journey = Journeys.submitted(cast);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "How many provinces should enrol first?"));
        return journey;
    }

    private static void at(LocalDateTime inSeoul) {
        ClockUtil.setCurrentTime(Date.from(inSeoul.atZone(SEOUL).toInstant()));
    }

    private static String claim(Api user, Journey journey, String taskKey) {
        String taskId = user.taskId(journey.id(), taskKey);
        assertThat(user.post("/api/v1/tasks/" + taskId + "/claim", null).getStatusCode().is2xxSuccessful()).isTrue();
        return taskId;
    }

    private static ResponseEntity<Map<String, Object>> ask(Api user, String taskId, Integer days, String reason) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("days", days);
        body.put("reason", reason);
        return user.post("/api/v1/tasks/" + taskId + "/extension", body);
    }

    private Task decideTask(Journey journey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(journey.reference())
                .taskDefinitionKey(DeadlineProcess.TASK_DECIDE_EXTENSION).singleResult();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> errorsOf(ResponseEntity<Map<String, Object>> response) {
        return (Map<String, Object>) response.getBody().get("errors");
    }

    private static void assertFieldErrors(ResponseEntity<Map<String, Object>> response, String... fields) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorsOf(response)).containsOnlyKeys(fields);
    }
}
