package org.coopflow.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.http.ResponseEntity;

/**
 * Paths through {@code followUp}: the actions defined in one form, and the reporting rounds (two in the tests,
 * {@code coopflow.process.follow-up-rounds=2}) each opened by the nextQuarter timer, after which the main
 * process asks for the evaluation.
 */
class FollowUpProcessIT extends MariaDbIntegrationTest {

    private static final String PROCESS = "followUp";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    @Autowired
    FollowUps followUps;

    Cast cast;

    @BeforeEach
    void cast() {
        cast = Cast.of(rest);
    }

    @Test
    void theActionsAreDefinedInOneFormEachWithItsOwnDueDateAndStatus() {
        Journey journey = Journeys.toFollowUp(cast, driver);
        ProcessInstance followUp = driver.instance(journey.reference(), PROCESS);
        assertThat(followUp).isWaitingAtExactly("defineFollowUpActions");

        Journeys.defineFollowUpActions(cast, journey, "TRAINING", "PRE_FEASIBILITY_STUDY", "COOPERATION_CENTRE");

        assertThat(followUp).isWaitingAtExactly("nextQuarter").hasPassed("startFollowUpRound");
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(followUp.getId())
                .taskDefinitionKey("defineFollowUpActions").finished().count()).isEqualTo(1);
        List<FollowUpAction> actions = followUps.actions(journey.id());
        assertThat(actions).extracting(FollowUpAction::actionType, FollowUpAction::status, FollowUpAction::definedBy)
                .containsExactly(tuple("TRAINING", "OPEN", "coord-mois"),
                        tuple("PRE_FEASIBILITY_STUDY", "OPEN", "coord-mois"),
                        tuple("COOPERATION_CENTRE", "OPEN", "coord-mois"));
        assertThat(actions).extracting(FollowUpAction::dueOn).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void anIncompleteActionRowIsRefusedAndNothingIsRecorded() {
        Journey journey = Journeys.toFollowUp(cast, driver);

        ResponseEntity<Map<String, Object>> refused = Journeys.submitForm(cast.coordMois(), journey,
                "defineFollowUpActions", Map.of("followUpActions", List.of(
                        Map.of("actionType", "TRAINING", "actionDescription", "Training", "actionOwner", "MOIS",
                                "actionDue", LocalDate.now().plusMonths(2).toString()),
                        Map.of("actionType", "JOINT_PROJECT", "actionDescription", "No owner nor date"))));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().toString()).contains("followUpActions[1].actionOwner",
                "followUpActions[1].actionDue");
        assertThat(followUps.actions(journey.id())).isEmpty();
        assertThat(driver.instance(journey.reference(), PROCESS)).isWaitingAtExactly("defineFollowUpActions");
    }

    @Test
    void afterTheConfiguredRoundsTheCooperationIsEvaluated() {
        Journey journey = Journeys.toFollowUp(cast, driver);
        ProcessInstance followUp = driver.instance(journey.reference(), PROCESS);
        ProcessInstance main = driver.instance(journey.reference(), "cooperationRequest");
        Journeys.defineFollowUpActions(cast, journey, "TRAINING");

        for (int round = 1; round <= 2; round++) {
            // nothing to report before the reporting date
            assertThat(followUp).isWaitingAtExactly("nextQuarter");
            assertThat(followUp).variables().containsEntry("followUpRound", round);
            assertThat(taskQuery().processInstanceId(followUp.getId()).taskDefinitionKey("reportFollowUpProgress")
                    .count()).isZero();
            assertThat(cast.partner().tasks(journey.id(), "reportFollowUpProgress")).isEmpty();

            Journeys.fire(driver, journey, "nextQuarter");

            assertThat(followUp).isWaitingAtExactly("reportFollowUpProgress");
            Long action = followUps.actions(journey.id()).get(0).id();
            cast.partner().complete(journey.id(), "reportFollowUpProgress",
                    Map.of("progressReport", "Round " + round + " done", "progressStatus", "ON_TRACK",
                            "actionProgress", List.of(Map.of("action", action.toString(),
                                    "actionStatus", round == 1 ? "ON_TRACK" : "DONE"))));
            assertThat(followUp).isWaitingAtExactly("reviewFollowUpProgress");
            cast.coordMois().complete(journey.id(), "reviewFollowUpProgress",
                    Map.of("reviewComment", "Good progress", "reviewAssessment", "SATISFACTORY"));
        }

        // each round's report and review, and the action's latest status, are the follow-up's records
        assertThat(followUps.reports(journey.id())).extracting(FollowUpReport::roundNo, FollowUpReport::report,
                FollowUpReport::reportedBy).containsExactly(tuple(1, "Round 1 done", "partner-kh"),
                tuple(2, "Round 2 done", "partner-kh"));
        assertThat(followUps.reviews(journey.id())).extracting(FollowUpReview::roundNo, FollowUpReview::assessment)
                .containsExactly(tuple(1, "SATISFACTORY"), tuple(2, "SATISFACTORY"));
        assertThat(followUps.actions(journey.id())).extracting(FollowUpAction::status).containsExactly("DONE");
        assertThat(followUps.actionProgress(journey.id()).values()).extracting(m -> m.values().iterator().next())
                .containsExactly("ON_TRACK", "DONE");

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
        Journeys.defineFollowUpActions(cast, journey, "JOINT_PROJECT");

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
