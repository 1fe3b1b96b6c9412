package org.coopflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coopflow.followup.FollowUps;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.Journeys;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A request in flight when a release brings a new model continues on the new one: an instance of followUp 1.0 waiting
 * in the old "define a follow-up action" step is moved onto the latest version, into the renamed step, with its task
 * and the task list's row; completed there, its actions are recorded by the new version's listener.
 */
class ProcessVersionUpgradeIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ProcessVersionUpgrade upgrade;

    @Autowired
    FollowUps followUps;

    @Test
    void anInstanceOnAnOlderModelMovesOntoTheLatestAndRecordsWhatTheNewOneRecords() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.submitted(cast);
        // version 1.0 of followUp deployed after the current one; then the current one again: it is the latest
        repository.createDeployment().name("followUp 1.0 (test)")
                .addClasspathResource("bpmn-previous/followUp-1.0.bpmn").deploy();
        ProcessDefinition previous = repository.createProcessDefinitionQuery().processDefinitionKey("followUp")
                .latestVersion().singleResult();
        ProcessInstance inFlight = runtime.startProcessInstanceById(previous.getId(), journey.reference(), Map.of(
                "requestId", journey.id(), "reference", journey.reference(), "leadAgency", "MOIS",
                "partnerGroup", "partner:KH-MOI"));
        assertThat(inFlight).isWaitingAt("defineFollowUpAction");
        repository.createDeployment().name("followUp (test, latest again)")
                .addClasspathResource("bpmn/followUp.bpmn").deploy();
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey("followUp")
                .latestVersion().singleResult();

        assertThat(upgrade.upgradeAll()).isGreaterThanOrEqualTo(1);

        ProcessInstance moved = runtime.createProcessInstanceQuery().processInstanceId(inFlight.getId())
                .singleResult();
        assertThat(moved.getProcessDefinitionId()).isEqualTo(latest.getId());
        assertThat(moved).isWaitingAt("defineFollowUpActions");
        assertThat(cast.coordMois().tasks(journey.id(), "defineFollowUpActions")).hasSize(1);
        assertThat(cast.coordMois().tasks(journey.id(), "defineFollowUpAction")).isEmpty();

        Journeys.defineFollowUpActions(cast, journey, "TRAINING", "JOINT_PROJECT");

        assertThat(followUps.actions(journey.id())).hasSize(2)
                .allSatisfy(action -> assertThat(action.dueOn()).isAfter(LocalDate.now()));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(previous.getId()).list()).isEmpty();
    }
}
