package org.coopflow.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Paths through {@code followUp}: several actions, and the reporting rounds (two in the tests,
 * {@code coopflow.process.follow-up-rounds=2}) each opened by the nextQuarter timer, after which the main
 * process asks for the evaluation.
 */
class FollowUpProcessIT extends MariaDbIntegrationTest {

    private static final String PROCESS = "followUp";

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
    void anotherActionAsksForTheNextOne() {
        Journey journey = Journeys.toFollowUp(cast, driver);
        ProcessInstance followUp = driver.instance(journey.reference(), PROCESS);
        assertThat(followUp).isWaitingAtExactly("defineFollowUpAction");

        Journeys.defineFollowUpAction(cast, journey, "TRAINING", "YES");

        assertThat(followUp).isWaitingAtExactly("defineFollowUpAction").hasPassed("moreActions")
                .hasNotPassed("startFollowUpRound");
        assertThat(cast.coordMois().tasks(journey.id(), "defineFollowUpAction")).hasSize(1);

        Journeys.defineFollowUpAction(cast, journey, "PRE_FEASIBILITY_STUDY", "NO");

        assertThat(followUp).isWaitingAtExactly("nextQuarter").hasPassed("startFollowUpRound");
        assertThat(cast.coordMois().tasks(journey.id(), "defineFollowUpAction")).isEmpty();
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(followUp.getId())
                .taskDefinitionKey("defineFollowUpAction").finished().count()).isEqualTo(2);
    }

    @Test
    void afterTheConfiguredRoundsTheCooperationIsEvaluated() {
        Journey journey = Journeys.toFollowUp(cast, driver);
        ProcessInstance followUp = driver.instance(journey.reference(), PROCESS);
        ProcessInstance main = driver.instance(journey.reference(), "cooperationRequest");
        Journeys.defineFollowUpAction(cast, journey, "TRAINING", "NO");

        for (int round = 1; round <= 2; round++) {
            // nothing to report before the reporting date
            assertThat(followUp).isWaitingAtExactly("nextQuarter");
            assertThat(followUp).variables().containsEntry("followUpRound", round);
            assertThat(taskQuery().processInstanceId(followUp.getId()).taskDefinitionKey("reportFollowUpProgress")
                    .count()).isZero();
            assertThat(cast.partner().tasks(journey.id(), "reportFollowUpProgress")).isEmpty();

            Journeys.fire(driver, journey, "nextQuarter");

            assertThat(followUp).isWaitingAtExactly("reportFollowUpProgress");
            cast.partner().complete(journey.id(), "reportFollowUpProgress",
                    Map.of("progressReport", "Round " + round + " done", "progressStatus", "ON_TRACK"));
            assertThat(followUp).isWaitingAtExactly("reviewFollowUpProgress");
            cast.coordMois().complete(journey.id(), "reviewFollowUpProgress",
                    Map.of("reviewComment", "Good progress", "reviewAssessment", "SATISFACTORY"));
        }

        assertThat(followUp).isEnded().hasPassed("moreRounds", "followUpCompleted");
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(followUp.getId())
                .taskDefinitionKey("reportFollowUpProgress").finished().count()).isEqualTo(2);
        assertThat(main).hasPassed("followUpStage").isWaitingAtExactly("evaluateCooperation");
        assertThat(cast.coordMois().tasks(journey.id(), "evaluateCooperation")).hasSize(1);
        assertThat(cast.partner().tasks(journey.id(), "reportFollowUpProgress")).isEmpty();
    }

    @Test
    void reportingWaitsForTheNextQuarter() {
        Journey journey = Journeys.toFollowUp(cast, driver);
        ProcessInstance followUp = driver.instance(journey.reference(), PROCESS);
        Journeys.defineFollowUpAction(cast, journey, "JOINT_PROJECT", "NO");

        assertThat(followUp).isWaitingAtExactly("nextQuarter");
        assertThat(jobQuery().processInstanceId(followUp.getId()).activityId("nextQuarter").count()).isEqualTo(1);
        assertThat(taskQuery().processInstanceBusinessKey(journey.reference())
                .taskDefinitionKey("reportFollowUpProgress").count()).isZero();
        assertThat(cast.partner().tasks(journey.id(), "reportFollowUpProgress")).isEmpty();
        assertThat(cast.partner().status(journey.id())).isEqualTo("FOLLOW_UP");

        Journeys.fire(driver, journey, "nextQuarter");

        assertThat(followUp).isWaitingAtExactly("reportFollowUpProgress").hasPassed("nextQuarter");
        assertThat(cast.partner().tasks(journey.id(), "reportFollowUpProgress")).hasSize(1);
    }
}
