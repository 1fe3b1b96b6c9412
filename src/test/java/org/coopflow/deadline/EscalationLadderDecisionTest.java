package org.coopflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The escalation ladders (bpmn/escalationLadder.dmn): one rule per user task of the models, a reminder at a share of
 * the time, a responsible party every step can resolve — a manager for the coordinators' own steps, never the
 * step's own holders — and, for the steps whose due date ends them (a lapse, a default, a slot returned), neither a
 * reminder at the due date nor an escalation after it.
 */
class EscalationLadderDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision ladder;

    @BeforeAll
    static void parseDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = EscalationLadderDecisionTest.class.getClassLoader()
                .getResourceAsStream("bpmn/escalationLadder.dmn")) {
            assertThat(dmn).isNotNull();
            ladder = engine.parseDecision(DeadlineProcess.DECISION_ESCALATION_LADDER, dmn);
        }
    }

    @Test
    void everyUserTaskHasALadder() {
        Set<String> parties = Set.of("LEAD_COORDINATOR", "AGENCY_COORDINATOR", "INTAKE", "MANAGER");
        for (UserTask step : StepModels.userTasks()) {
            DmnDecisionRuleResult rule = rule(step.getId());
            Object share = rule.getEntry(DeadlineProcess.OUTPUT_REMINDER_SHARE);
            assertThat(share).as("share of %s", step.getId()).isInstanceOf(Double.class);
            assertThat((Double) share).isStrictlyBetween(0.0, 1.0);
            assertThat((String) rule.getEntry(DeadlineProcess.OUTPUT_RESPONSIBLE)).as("responsible for %s",
                    step.getId()).isIn(parties);
            String groups = step.getCamundaCandidateGroups();
            if (groups != null && groups.startsWith("coordinator:")) {
                assertThat((String) rule.getEntry(DeadlineProcess.OUTPUT_RESPONSIBLE))
                        .as("coordinators' own step %s", step.getId()).isEqualTo("MANAGER");
            }
        }
    }

    @Test
    void stepsEndedByTheirDueDateAreNotRemindedAtItNorEscalated() {
        Set<String> endedAtDue = StepModels.timersOnSteps().stream().filter(StepModels.StepTimer::interrupting)
                .map(StepModels.StepTimer::task).collect(Collectors.toSet());
        assertThat(endedAtDue).containsExactlyInAnyOrder("answerClarification", "respondToAssignment",
                "giveFeedback");
        for (String step : endedAtDue) {
            DmnDecisionRuleResult rule = rule(step);
            assertThat(rule.<Boolean>getEntry(DeadlineProcess.OUTPUT_REMIND_AT_DUE)).as(step).isFalse();
            // an empty output entry: no escalation at all
            assertThat(rule.getEntryMap().get(DeadlineProcess.OUTPUT_ESCALATE_AFTER_DAYS)).as(step).isNull();
        }
    }

    @Test
    void anOverdueScreeningIsToldToTheManagersTheDayAfter() {
        DmnDecisionRuleResult screening = rule("screenRequest");

        assertThat(screening.<Object>getEntry(DeadlineProcess.OUTPUT_RESPONSIBLE)).isEqualTo("MANAGER");
        assertThat(screening.<Object>getEntry(DeadlineProcess.OUTPUT_REMIND_AT_DUE)).isEqualTo(true);
        assertThat(screening.<Object>getEntry(DeadlineProcess.OUTPUT_ESCALATE_AFTER_DAYS)).isEqualTo(1);
        assertThat(Map.of("partner", rule("reviewMouPartner").getEntry(DeadlineProcess.OUTPUT_RESPONSIBLE),
                "expert", rule("respondToAssignment").getEntry(DeadlineProcess.OUTPUT_RESPONSIBLE)))
                .containsEntry("partner", "LEAD_COORDINATOR").containsEntry("expert", "AGENCY_COORDINATOR");
    }

    private static DmnDecisionRuleResult rule(String step) {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(ladder,
                Variables.createVariables().putValue(DeadlineProcess.INPUT_STEP, step));
        assertThat(result).as("rules for %s", step).hasSize(1);
        return result.getSingleResult();
    }
}
