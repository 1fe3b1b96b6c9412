package org.coopflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.calendar.CalendarKind;
import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.system.ProcessVersionUpgrade;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A step opened before steps had due dates (followUp 1.0's define-an-action step had none), on a request moved onto
 * the latest model at a release, gets its due date and its escalation ladder then — counted from when it opened.
 */
class DeadlinesAfterUpgradeIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ProcessVersionUpgrade upgrade;

    @Autowired
    Deadlines deadlines;

    @Autowired
    WorkingCalendars calendars;

    @Test
    void aStepOpenedWithoutADueDateGetsOneWhenItsRequestMovesOntoTheLatestModel() {
        Journey journey = Journeys.submitted(Cast.of(rest));
        repository.createDeployment().name("followUp 1.0 (deadlines test)")
                .addClasspathResource("bpmn-previous/followUp-1.0.bpmn").deploy();
        ProcessDefinition previous = repository.createProcessDefinitionQuery().processDefinitionKey("followUp")
                .latestVersion().singleResult();
        ProcessInstance inFlight = runtime.startProcessInstanceById(previous.getId(), journey.reference(), Map.of(
                "requestId", journey.id(), "reference", journey.reference(), "leadAgency", "MOIS",
                "partnerGroup", "partner:KH-MOI"));
        Task before = tasks.createTaskQuery().processInstanceId(inFlight.getId()).singleResult();
        assertThat(before.getDueDate()).isNull();
        assertThat(deadlines.of(before.getId())).isEmpty();
        repository.createDeployment().name("followUp (deadlines test, latest again)")
                .addClasspathResource("bpmn/followUp.bpmn").deploy();

        upgrade.upgradeAll();

        assertThat(inFlight).isWaitingAt("defineFollowUpActions");
        Task after = tasks.createTaskQuery().processInstanceId(inFlight.getId()).singleResult();
        assertThat(after.getId()).isEqualTo(before.getId());
        StepDeadline deadline = deadlines.of(after.getId()).orElseThrow();
        assertThat(deadline.workingDays()).isEqualTo(10);
        assertThat(deadline.startedAt()).isEqualTo(before.getCreateTime().toInstant());
        assertThat(deadline.dueAt()).isEqualTo(calendars.due(CalendarKind.KOREA, null,
                before.getCreateTime().toInstant(), 10));
        assertThat(after.getDueDate().toInstant()).isEqualTo(deadline.dueAt());
        assertThat(deadline.nextRung()).isNotNull();
        // and the task list shows the due date
        assertThat(Cast.of(rest).coordMois().tasks(journey.id(), "defineFollowUpActions")).singleElement()
                .satisfies(t -> assertThat(t.get("due")).isEqualTo(deadline.dueAt().toString()));
    }
}
