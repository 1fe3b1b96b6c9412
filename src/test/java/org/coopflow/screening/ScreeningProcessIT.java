package org.coopflow.screening;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.List;
import java.util.Map;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coopflow.deadline.DeadlineScan;
import org.coopflow.support.Api;
import org.coopflow.support.Journeys;
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
 * The screening stage (bpmn/requestScreening.bpmn inside bpmn/cooperationRequest.bpmn), one outcome per
 * test: a partner submits through the public API, intake screens it, and camunda-bpm-assert checks the
 * path the main instance and the screening call activity's instance took.
 */
class ScreeningProcessIT extends MariaDbIntegrationTest {

    private static final String MAIN = "cooperationRequest";
    private static final String SCREENING = "requestScreening";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    @Autowired
    DeadlineScan scan;

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private Api partner;
    private Api intake;

    @BeforeEach
    void users() {
        partner = new Api(rest, "partner-kh");
        intake = new Api(rest, "intake");
    }

    @Test
    void acceptingSendsTheRequestToExpertAssignment() {
        Journey request = Journeys.submittedIn(partner, "NATIONAL_ID");
        ProcessInstance main = driver.instance(request.reference(), MAIN);
        ProcessInstance screening = driver.instance(request.reference(), SCREENING);
        assertThat(main).isWaitingAt("screening");
        assertThat(screening).isWaitingAt("screenRequest");
        assertThat(task("screenRequest", screening)).hasCandidateGroup("intake");
        assertThat(partner.status(request.id())).isEqualTo("SCREENING");

        intake.complete(request.id(), "screenRequest", Map.of("screeningDecision", "ACCEPT"));

        assertThat(screening).hasPassed("acceptRequest", "screeningAccepted")
                .hasNotPassed("declineRequest", "answerClarification").isEnded();
        assertThat(main).hasPassed("screening").isWaitingAt("assignment");
        assertThat(driver.instance(request.reference(), "expertAssignment")).isWaitingAt("nominateExperts");
        assertThat(partner.status(request.id())).isEqualTo("ASSIGNING_EXPERTS");
    }

    @Test
    void decliningWithAReasonEndsTheRequestAsDeclined() {
        Journey request = Journeys.submittedIn(partner, "NATIONAL_ID");
        ProcessInstance main = driver.instance(request.reference(), MAIN);
        ProcessInstance screening = driver.instance(request.reference(), SCREENING);

        intake.complete(request.id(), "screenRequest", Map.of("screeningDecision", "DECLINE",
                "screeningReason", "Outside the scope of our cooperation programme."));

        assertThat(screening).hasPassed("declineRequest", "screeningDeclinedEnd").isEnded();
        assertThat(main).hasPassed("screeningDeclined", "requestDeclined").hasNotPassed("assignment").isEnded();
        Map<String, Object> details = partner.request(request.id());
        assertThat(details.get("status")).isEqualTo("DECLINED");
        assertThat(details.get("closingReason")).isEqualTo("Outside the scope of our cooperation programme.");
        assertThat((List<?>) details.get("pending")).isEmpty();
    }

    @Test
    void clarificationAnsweredInTheTaskReturnsToScreening() {
        Journey request = Journeys.submittedIn(partner, "NATIONAL_ID");
        ProcessInstance screening = driver.instance(request.reference(), SCREENING);

        askForClarification(request);
        assertThat(screening).isWaitingAt("answerClarification");
        assertThat(task("answerClarification", screening)).hasCandidateGroup("partner:KH-MOI");
        assertThat(partner.status(request.id())).isEqualTo("AWAITING_PARTNER");

        partner.complete(request.id(), "answerClarification",
                Map.of("clarificationAnswer", "About 12 million citizens, enrolment in all 25 provinces."));

        assertThat(screening).hasPassed("answerClarification").hasNotPassed("clarificationAnswered", "lapseRequest")
                .isWaitingAt("screenRequest");
        assertThat(partner.status(request.id())).isEqualTo("SCREENING");
        assertThat(intake.tasks(request.id(), "screenRequest")).hasSize(1);
    }

    @Test
    void clarificationAnsweredThroughTheApiReturnsToScreening() {
        Journey request = Journeys.submittedIn(partner, "NATIONAL_ID");
        ProcessInstance screening = driver.instance(request.reference(), SCREENING);
        askForClarification(request);
        assertThat(partner.status(request.id())).isEqualTo("AWAITING_PARTNER");

        ResponseEntity<Map<String, Object>> answered = partner.post("/api/v1/requests/" + request.id() + "/clarification",
                Map.of("text", "About 12 million citizens, enrolment in all 25 provinces."));

        assertThat(answered.getStatusCode()).as("answer: %s", answered).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(screening).hasPassed("clarificationAnswered").isWaitingAt("screenRequest")
                .isNotWaitingAt("answerClarification");
        assertThat(partner.tasks(request.id(), "answerClarification")).isEmpty();
        assertThat(partner.status(request.id())).isEqualTo("SCREENING");
    }

    @Test
    void unansweredClarificationLapsesTheRequest() {
        Journey request = Journeys.submittedIn(partner, "NATIONAL_ID");
        ProcessInstance main = driver.instance(request.reference(), MAIN);
        ProcessInstance screening = driver.instance(request.reference(), SCREENING);
        askForClarification(request);

        assertThat(driver.fireTimer(request.reference(), "clarificationLapsed")).isEqualTo(1);

        assertThat(screening).hasPassed("clarificationLapsed", "lapseRequest", "screeningLapsedEnd").isEnded();
        assertThat(main).hasPassed("screeningLapsed", "requestLapsed").hasNotPassed("assignment").isEnded();
        Map<String, Object> details = partner.request(request.id());
        assertThat(details.get("status")).isEqualTo("LAPSED");
        assertThat((List<?>) details.get("pending")).isEmpty();
    }

    @Test
    void overdueScreeningIsToldToTheManagersAndKeepsTheTaskOpen() {
        // Tuesday 1 September 2026, 10:00 in Seoul: due Tuesday 8 September at 18:00, managers told a day later
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 9, 1, 10, 0).atZone(SEOUL).toInstant()));
        Journey request = Journeys.submittedIn(partner, "NATIONAL_ID");
        ProcessInstance screening = driver.instance(request.reference(), SCREENING);
        String taskId = intake.taskId(request.id(), "screenRequest");

        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 9, 9, 18, 1).atZone(SEOUL).toInstant()));
        scan.runNow();
        scan.runNow();
        scan.runNow();

        assertThat(screening).isWaitingAt("screenRequest");
        assertThat(intake.taskId(request.id(), "screenRequest")).isEqualTo(taskId);
        assertThat(partner.status(request.id())).isEqualTo("SCREENING");
        assertThat(new Api(rest, "manager").history(request.id()))
                .filteredOn(e -> "DEADLINE_ESCALATED".equals(e.get("eventType"))).singleElement()
                .satisfies(e -> assertThat(e.get("decision")).isEqualTo("MANAGER"));
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void otherSectorNeedsTheLeadAgencyChosenAtScreening() {
        Journey request = Journeys.submittedIn(partner, "OTHER");
        ProcessInstance main = driver.instance(request.reference(), MAIN);
        ProcessInstance screening = driver.instance(request.reference(), SCREENING);
        assertThat(partner.request(request.id()).get("leadAgency")).isNull();

        ResponseEntity<Map<String, Object>> withoutLead = claimAndSubmit(intake, request.id(), "screenRequest",
                Map.of("screeningDecision", "ACCEPT"));

        assertThat(withoutLead.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorsOf(withoutLead)).containsOnlyKeys("leadAgency");
        assertThat(screening).isWaitingAt("screenRequest").hasNotPassed("acceptRequest");

        ResponseEntity<Map<String, Object>> withLead = claimAndSubmit(intake, request.id(), "screenRequest",
                Map.of("screeningDecision", "ACCEPT", "leadAgency", "NEC"));

        assertThat(withLead.getStatusCode()).as("accept: %s", withLead).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(screening).hasPassed("acceptRequest").isEnded();
        assertThat(main).isWaitingAt("assignment").variables().containsEntry("leadAgency", "NEC");
        assertThat(task("nominateExperts", driver.instance(request.reference(), "expertAssignment")))
                .hasCandidateGroup("coordinator:NEC");
        Map<String, Object> details = partner.request(request.id());
        assertThat(details.get("leadAgency")).isEqualTo("NEC");
        assertThat(details.get("status")).isEqualTo("ASSIGNING_EXPERTS");
    }

    @Test
    void decliningWithoutAReasonIsRejectedAndChangesNothing() {
        Journey request = Journeys.submittedIn(partner, "NATIONAL_ID");
        ProcessInstance main = driver.instance(request.reference(), MAIN);
        ProcessInstance screening = driver.instance(request.reference(), SCREENING);
        String taskId = intake.taskId(request.id(), "screenRequest");

        ResponseEntity<Map<String, Object>> declined = claimAndSubmit(intake, request.id(), "screenRequest",
                Map.of("screeningDecision", "DECLINE"));

        assertThat(declined.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errorsOf(declined)).containsOnlyKeys("screeningReason");
        assertThat(screening).isWaitingAt("screenRequest").hasNotPassed("screenRequest", "declineRequest");
        assertThat(main).isWaitingAt("screening").isNotEnded();
        assertThat(intake.taskId(request.id(), "screenRequest")).isEqualTo(taskId);
        Map<String, Object> details = partner.request(request.id());
        assertThat(details.get("status")).isEqualTo("SCREENING");
        assertThat(details.get("closingReason")).isNull();
    }

    // --- helpers ---

    /** Drives the request to answerClarification: intake asks the partner a question. */
    private void askForClarification(Journey request) {
        intake.complete(request.id(), "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "How many citizens should the enrolment cover?"));
    }

    /** Claims the user's task and submits the values, returning the raw answer (for rejected submissions). */
    private static ResponseEntity<Map<String, Object>> claimAndSubmit(Api user, Long requestId, String taskKey,
                                                                     Map<String, Object> values) {
        String taskId = user.taskId(requestId, taskKey);
        ResponseEntity<Map<String, Object>> claim = user.post("/api/v1/tasks/" + taskId + "/claim", null);
        assertThat(claim.getStatusCode().is2xxSuccessful()).as("claim: %s", claim).isTrue();
        return user.post("/api/v1/tasks/" + taskId + "/complete", values);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> errorsOf(ResponseEntity<Map<String, Object>> response) {
        return (Map<String, Object>) response.getBody().get("errors");
    }
}
