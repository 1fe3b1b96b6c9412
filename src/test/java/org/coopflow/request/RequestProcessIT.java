package org.coopflow.request;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coopflow.support.Api;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Paths of the main process (bpmn/cooperationRequest.bpmn) after screening — the gateways after
 * feedback, the closure loop — and its event subprocesses (withdrawal, partner message), driven through
 * the public API and checked with camunda-bpm-assert.
 */
class RequestProcessIT extends MariaDbIntegrationTest {

    private static final String MAIN = "cooperationRequest";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    private Api partner;
    private Api intake;
    private Api coordMois;
    private Api expertMois;
    private Api manager;

    @BeforeEach
    void users() {
        partner = new Api(rest, "partner-kh");
        intake = new Api(rest, "intake");
        coordMois = new Api(rest, "coord-mois");
        expertMois = new Api(rest, "expert-mois");
        manager = new Api(rest, "manager");
    }

    @Test
    void feedbackWithoutMouOrFollowUpGoesStraightToEvaluation() {
        Journey request = Journeys.submittedIn(partner, "CIVIL_REGISTRATION");
        ProcessInstance main = driver.instance(request.reference(), MAIN);
        driveTo(request, Stage.FEEDBACK);
        assertThat(main).isWaitingAt("consultationStage");

        partner.complete(request.id(), "giveFeedback", Map.of("satisfaction", "4", "wantsMou", "NO", "wantsFollowUp", "NO"));

        assertThat(main).hasPassed("consultationStage", "mouWanted", "followUpWanted")
                .hasNotPassed("mou", "followUpStage")
                .isWaitingAt("evaluateCooperation");
        assertThat(task("evaluateCooperation", main)).hasCandidateGroup("coordinator:MOIS");
        assertThat(coordMois.tasks(request.id(), "evaluateCooperation")).hasSize(1);
    }

    @Test
    void returnedClosureGoesBackToEvaluationAndApprovedClosureCompletes() {
        Journey request = Journeys.submittedIn(partner, "CIVIL_REGISTRATION");
        ProcessInstance main = driver.instance(request.reference(), MAIN);
        driveTo(request, Stage.EVALUATION);
        coordMois.complete(request.id(), "evaluateCooperation", Map.of("overallRating", "3", "evaluationSummary", "Partly met."));
        assertThat(main).isWaitingAt("approveClosure");
        assertThat(task("approveClosure", main)).hasCandidateGroup("manager");

        manager.complete(request.id(), "approveClosure", Map.of("closureDecision", "RETURN",
                "closureComment", "Please add the training figures."));

        assertThat(main).hasPassed("approveClosure", "closureApproved").hasNotPassed("completeRequest")
                .isWaitingAt("evaluateCooperation");
        assertThat(partner.status(request.id())).isNotEqualTo("COMPLETED");

        coordMois.complete(request.id(), "evaluateCooperation", Map.of("overallRating", "4",
                "evaluationSummary", "Met; 20 officials trained."));
        manager.complete(request.id(), "approveClosure", Map.of("closureDecision", "APPROVE"));

        assertThat(main).hasPassed("completeRequest", "requestCompleted").isEnded();
        Map<String, Object> details = partner.request(request.id());
        assertThat(details.get("status")).isEqualTo("COMPLETED");
        assertThat((List<?>) details.get("pending")).isEmpty();
    }

    @Test
    void withdrawalDuringExpertAssignmentCancelsOpenTasks() {
        Journey request = Journeys.submittedIn(partner, "NATIONAL_ID");
        ProcessInstance main = driver.instance(request.reference(), MAIN);
        driveTo(request, Stage.EXPERT_ASSIGNMENT);
        ProcessInstance assignment = driver.instance(request.reference(), "expertAssignment");
        assertThat(assignment).isWaitingAt("nominateExperts");
        assertThat(taskQuery().processInstanceBusinessKey(request.reference()).count()).isEqualTo(2); // MOIS + KOMSCO

        ResponseEntity<Map<String, Object>> withdrawn = partner.post("/api/v1/requests/" + request.id() + "/withdraw",
                Map.of("reason", "The ministry's priorities changed."));

        assertThat(withdrawn.getStatusCode()).as("withdraw: %s", withdrawn).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(main).hasPassed("withdrawalReceived", "withdrawRequest", "requestWithdrawn")
                .hasNotPassed("consultationStage").isEnded();
        assertThat(assignment).hasNotPassed("recordNominations", "confirmTeam").isEnded();
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(assignment.getId())
                .activityId("nominateExperts").canceled().count()).isEqualTo(2);
        assertThat(taskQuery().processInstanceBusinessKey(request.reference()).count()).isZero();
        assertThat(coordMois.tasks(request.id(), "nominateExperts")).isEmpty();
        Map<String, Object> details = partner.request(request.id());
        assertThat(details.get("status")).isEqualTo("WITHDRAWN");
        assertThat(details.get("closingReason")).isEqualTo("The ministry's priorities changed.");
        assertThat((List<?>) details.get("pending")).isEmpty();
    }

    @Test
    void withdrawingAClosedRequestIsAConflict() {
        Journey request = Journeys.submittedIn(partner, "CIVIL_REGISTRATION");
        intake.complete(request.id(), "screenRequest", Map.of("screeningDecision", "DECLINE",
                "screeningReason", "Already covered by another programme."));
        assertThat(partner.status(request.id())).isEqualTo("DECLINED");

        ResponseEntity<Map<String, Object>> withdrawn = partner.post("/api/v1/requests/" + request.id() + "/withdraw",
                Map.of("reason", "No longer needed."));

        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Map<String, Object> details = partner.request(request.id());
        assertThat(details.get("status")).isEqualTo("DECLINED");
        assertThat(details.get("closingReason")).isEqualTo("Already covered by another programme.");
    }

    @Test
    void partnerMessageLeavesTheProcessWhereItWas() {
        Journey request = Journeys.submittedIn(partner, "CIVIL_REGISTRATION");
        ProcessInstance main = driver.instance(request.reference(), MAIN);
        driveTo(request, Stage.EXPERT_ASSIGNMENT);
        ProcessInstance assignment = driver.instance(request.reference(), "expertAssignment");
        String nominationTask = coordMois.taskId(request.id(), "nominateExperts");

        ResponseEntity<Map<String, Object>> posted = partner.post("/api/v1/requests/" + request.id() + "/messages",
                Map.of("text", "Could the experts also cover birth registration in rural areas?"));

        assertThat(posted.getStatusCode()).as("post message: %s", posted).isEqualTo(HttpStatus.CREATED);
        assertThat(main).hasNotPassed("withdrawRequest").isWaitingAt("assignment");
        assertThat(assignment).isWaitingAt("nominateExperts");
        assertThat(coordMois.taskId(request.id(), "nominateExperts")).isEqualTo(nominationTask);
        assertThat(partner.status(request.id())).isEqualTo("ASSIGNING_EXPERTS");

        List<Map<String, Object>> messages = partner.getList("/api/v1/requests/" + request.id() + "/messages").getBody();
        assertThat(messages).extracting(m -> m.get("body"), m -> m.get("author"))
                .containsExactly(tuple("Could the experts also cover birth registration in rural areas?", "partner-kh"));
    }

    // --- helpers ---

    /** Where {@link #driveTo} leaves a request: waiting at this stage's first open task. */
    private enum Stage {
        EXPERT_ASSIGNMENT, FEEDBACK, EVALUATION
    }

    /**
     * Drives a freshly submitted request through the public API to the stage. Beyond expert assignment it
     * assumes MOIS is the only involved agency (sector CIVIL_REGISTRATION).
     */
    private void driveTo(Journey request, Stage stage) {
        Long id = request.id();
        intake.complete(id, "screenRequest", Map.of("screeningDecision", "ACCEPT"));
        if (stage == Stage.EXPERT_ASSIGNMENT) {
            return;
        }
        coordMois.complete(id, "nominateExperts", Map.of("nominatedExperts", List.of("expert-mois")));
        expertMois.complete(id, "respondToAssignment", Map.of("assignmentDecision", "ACCEPT"));
        coordMois.complete(id, "confirmTeam", Map.of("teamDecision", "CONFIRM", "leadExpert", "expert-mois"));
        coordMois.complete(id, "planConsultation", Map.of("consultationModality", "ONLINE_FORUM",
                "consultationStart", LocalDate.now().toString(), "agenda", "Civil registration workflows"));
        partner.complete(id, "confirmConsultationPlan", Map.of("planDecision", "CONFIRM"));
        assertThat(driver.fireTimer(request.reference(), "consultationDateReached")).isEqualTo(1);
        expertMois.complete(id, "recordConsultationOutcome", Map.of("consultationReport", "Forum held."));
        if (stage == Stage.FEEDBACK) {
            return;
        }
        partner.complete(id, "giveFeedback", Map.of("satisfaction", "4", "wantsMou", "NO", "wantsFollowUp", "NO"));
    }
}
