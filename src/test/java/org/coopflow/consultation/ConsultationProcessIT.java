package org.coopflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Paths through {@code consultation}: the partner asking for a different plan, the wait for the consultation
 * date, and the partner's feedback — given (MOU wanted) or defaulted by the timer (no MOU, follow-up).
 */
class ConsultationProcessIT extends MariaDbIntegrationTest {

    private static final String PROCESS = "consultation";
    private static final String MAIN = "cooperationRequest";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    Cast cast;

    @BeforeEach
    void cast() {
        cast = Cast.of(rest);
    }

    @Test
    @SuppressWarnings("unchecked")
    void partnerAsksForChangesAndTheCoordinatorPlansAgain() {
        Journey journey = Journeys.toConsultation(cast);
        ProcessInstance consultation = driver.instance(journey.reference(), PROCESS);
        assertThat(consultation).isWaitingAtExactly("planConsultation");
        Journeys.planConsultation(cast, journey, LocalDate.now().plusDays(30));
        assertThat(consultation).isWaitingAtExactly("confirmConsultationPlan");
        assertThat(cast.partner().tasks(journey.id(), "confirmConsultationPlan")).hasSize(1);

        // asking for changes needs a comment
        ResponseEntity<Map<String, Object>> refused = Journeys.submitForm(cast.partner(), journey,
                "confirmConsultationPlan", Map.of("planDecision", "CHANGE"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((Map<String, Object>) refused.getBody().get("errors")).containsOnlyKeys("planComment");
        assertThat(consultation).isWaitingAtExactly("confirmConsultationPlan");

        cast.partner().complete(journey.id(), "confirmConsultationPlan",
                Map.of("planDecision", "CHANGE", "planComment", "Please hold it as a study visit in June."));

        assertThat(consultation).isWaitingAtExactly("planConsultation").hasPassed("planConfirmed")
                .hasNotPassed("consultationDateReached");
        assertThat(cast.coordMois().tasks(journey.id(), "planConsultation")).hasSize(1);
        assertThat(cast.partner().tasks(journey.id(), "confirmConsultationPlan")).isEmpty();
        assertThat(cast.partner().status(journey.id())).isEqualTo("CONSULTATION");

        Journeys.planConsultation(cast, journey, LocalDate.now().plusDays(45));
        cast.partner().complete(journey.id(), "confirmConsultationPlan", Map.of("planDecision", "CONFIRM"));
        assertThat(consultation).isWaitingAtExactly("consultationDateReached");
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(consultation.getId())
                .taskDefinitionKey("planConsultation").finished().count()).isEqualTo(2);
    }

    @Test
    void confirmedPlanWaitsForTheConsultationDate() {
        LocalDate start = LocalDate.now().plusDays(21);
        Journey journey = Journeys.toConsultationDate(cast, start);
        ProcessInstance consultation = driver.instance(journey.reference(), PROCESS);

        assertThat(consultation).isWaitingAtExactly("consultationDateReached").hasPassed("confirmConsultationPlan");
        Job dateReached = jobQuery().processInstanceId(consultation.getId()).activityId("consultationDateReached").singleResult();
        assertThat(dateReached).isNotNull();
        assertThat(dateReached.getDuedate())
                .isEqualTo(Date.from(start.atStartOfDay(ZoneId.of("Asia/Seoul")).toInstant()));
        assertThat(taskQuery().processInstanceBusinessKey(journey.reference())
                .taskDefinitionKey("recordConsultationOutcome").count()).isZero();
        assertThat(cast.expertMois().tasks(journey.id(), "recordConsultationOutcome")).isEmpty();

        Journeys.fire(driver, journey, "consultationDateReached");

        assertThat(consultation).isWaitingAtExactly("recordConsultationOutcome").hasPassed("consultationDateReached");
        Task outcome = taskQuery().processInstanceId(consultation.getId()).taskDefinitionKey("recordConsultationOutcome").singleResult();
        assertThat(outcome.getAssignee()).isEqualTo("expert-mois");
        assertThat(cast.expertMois().tasks(journey.id(), "recordConsultationOutcome")).hasSize(1);

        cast.expertMois().complete(journey.id(), "recordConsultationOutcome",
                Map.of("consultationReport", "Study visit held.", "consultationHeld", true));
        assertThat(consultation).isWaitingAtExactly("giveFeedback");
        assertThat(cast.partner().tasks(journey.id(), "giveFeedback")).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void silentPartnerGetsNoMouButAFollowUp() {
        Journey journey = Journeys.toFeedback(cast, driver);
        ProcessInstance consultation = driver.instance(journey.reference(), PROCESS);
        ProcessInstance main = driver.instance(journey.reference(), MAIN);
        assertThat(consultation).isWaitingAtExactly("giveFeedback");
        assertThat(jobQuery().processInstanceId(consultation.getId()).activityId("feedbackDefault").count()).isEqualTo(1);

        Journeys.fire(driver, journey, "feedbackDefault");

        assertThat(consultation).isEnded().hasPassed("applyDefaultFeedback", "consultationCompleted");
        assertThat(cast.partner().tasks(journey.id(), "giveFeedback")).isEmpty();
        assertThat(main).isWaitingAtExactly("followUpStage").hasPassed("mouWanted", "followUpWanted").hasNotPassed("mou");
        assertThat(main).variables().containsEntry("wantsMou", "NO").containsEntry("wantsFollowUp", "YES");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(journey.reference())
                .processDefinitionKey("mouDrafting").count()).isZero();
        assertThat(driver.instance(journey.reference(), "followUp")).isWaitingAtExactly("defineFollowUpActions");
        assertThat(cast.partner().status(journey.id())).isEqualTo("FOLLOW_UP");
        assertThat(cast.coordMois().tasks(journey.id(), "defineFollowUpActions")).hasSize(1);
        assertThat(cast.manager().history(journey.id())).extracting(e -> e.get("eventType"), e -> e.get("decision"))
                .contains(tuple("FEEDBACK_GIVEN", "DEFAULTED"));
    }

    @Test
    void partnerWantingAnMouStartsTheDrafting() {
        Journey journey = Journeys.toFeedback(cast, driver);
        ProcessInstance consultation = driver.instance(journey.reference(), PROCESS);
        ProcessInstance main = driver.instance(journey.reference(), MAIN);

        cast.partner().complete(journey.id(), "giveFeedback",
                Map.of("satisfaction", "5", "wantsMou", "YES", "wantsFollowUp", "NO", "feedbackComment", "Very useful."));

        assertThat(consultation).isEnded().hasPassed("giveFeedback").hasNotPassed("applyDefaultFeedback");
        assertThat(jobQuery().processInstanceId(consultation.getId()).count()).isZero();
        assertThat(main).isWaitingAtExactly("mou").hasPassed("mouWanted");
        assertThat(main).variables().containsEntry("wantsMou", "YES").containsEntry("wantsFollowUp", "NO");
        assertThat(driver.instance(journey.reference(), "mouDrafting")).isWaitingAtExactly("draftMou");
        assertThat(cast.partner().status(journey.id())).isEqualTo("MOU_DRAFTING");
        assertThat(cast.coordMois().tasks(journey.id(), "draftMou")).hasSize(1);
    }
}
