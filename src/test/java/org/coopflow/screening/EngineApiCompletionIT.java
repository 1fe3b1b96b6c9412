package org.coopflow.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.assignment.Assignments;
import org.coopflow.audit.AuditCategory;
import org.coopflow.audit.AuditEntry;
import org.coopflow.audit.AuditEventType;
import org.coopflow.audit.AuditTrail;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A step completed through the engine's own Java API — not CoopFlow's task actions — still records its stage's row
 * and its audit line, and is held to the same rules: the side effects live in the model's listeners.
 */
class EngineApiCompletionIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Autowired
    Screenings screenings;

    @Autowired
    Assignments assignments;

    @Autowired
    AuditTrail audit;

    @Test
    void aDeclineThroughTheEngineRecordsTheDecisionItsReasonAndItsAuditLine() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.submitted(cast);
        Task screening = task(journey, "screenRequest");
        taskService.claim(screening.getId(), "intake-2");

        taskService.complete(screening.getId(), Map.of(ScreeningProcess.VAR_DECISION, ScreeningProcess.DECLINE,
                ScreeningProcess.VAR_REASON, "Outside the programme."));

        assertThat(screenings.decisions(journey.id())).extracting(ScreeningDecision::decision,
                ScreeningDecision::reason, ScreeningDecision::decidedBy, ScreeningDecision::taskId)
                .containsExactly(tuple("DECLINE", "Outside the programme.", "intake-2", screening.getId()));
        assertThat(cast.partner().status(journey.id())).isEqualTo("DECLINED");
        assertThat(audit.of(journey.id(), null)).filteredOn(e -> e.eventType() == AuditEventType.SCREENING_DECIDED)
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("intake-2");
                    assertThat(e.actorRole()).isEqualTo("INTAKE");
                    assertThat(e.decision()).isEqualTo("DECLINE");
                    assertThat(e.reason()).isEqualTo("Outside the programme.");
                    assertThat(e.category()).isEqualTo(AuditCategory.DECISION);
                });
    }

    @Test
    void theEngineApiIsHeldToTheSameRulesAndChangesNothingWhenOneIsBroken() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.toConfirmTeam(cast);
        Task confirmTeam = task(journey, "confirmTeam");
        int auditLines = audit.of(journey.id(), null).size();

        // the KOMSCO expert accepted, but a lead expert must be of the lead agency (MOIS)
        assertThatThrownBy(() -> taskService.complete(confirmTeam.getId(), Map.of("teamDecision", "CONFIRM",
                "leadExpert", "expert-komsco"))).isInstanceOf(ProcessEngineException.class)
                .hasStackTraceContaining("assignment.leadExpert.notFromLeadAgency");
        assertThat(taskService.createTaskQuery().taskId(confirmTeam.getId()).count()).isEqualTo(1);
        assertThat(assignments.teamDecisions(journey.id())).isEmpty();
        assertThat(audit.of(journey.id(), null)).hasSize(auditLines);

        taskService.complete(confirmTeam.getId(), Map.of("teamDecision", "CONFIRM", "leadExpert", "expert-mois"));
        assertThat(assignments.teamDecisions(journey.id())).singleElement()
                .satisfies(d -> assertThat(d.leadExpert()).isEqualTo("expert-mois"));
        assertThat(audit.of(journey.id(), null)).extracting(AuditEntry::eventType)
                .contains(AuditEventType.TEAM_DECIDED);
    }

    private Task task(Journey journey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(journey.reference())
                .taskDefinitionKey(taskKey).singleResult();
    }
}
