package org.coopflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The service levels (bpmn/serviceLevels.dmn) against the models and PROCESS.md: every user task of every model
 * takes its due date from the decision, which has exactly one rule for it, urgent or not; the partner's steps count
 * the partner's working days, the officials' Korea's; screening takes 5 working days (3 when urgent), the expert's
 * answer 3; the timers that end a step do so at its due date.
 */
class ServiceLevelsDecisionTest {

    private static final String DUE = "${deadlines.due(execution)}";

    private static DmnEngine engine;
    private static DmnDecision serviceLevels;

    @BeforeAll
    static void parseDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = ServiceLevelsDecisionTest.class.getClassLoader()
                .getResourceAsStream("bpmn/serviceLevels.dmn")) {
            assertThat(dmn).as("bpmn/serviceLevels.dmn on the classpath").isNotNull();
            serviceLevels = engine.parseDecision(DeadlineProcess.DECISION_SERVICE_LEVELS, dmn);
        }
    }

    @Test
    void everyUserTaskIsDueWhenItsServiceLevelSays() {
        List<UserTask> steps = StepModels.userTasks();
        assertThat(steps).hasSizeGreaterThanOrEqualTo(20);
        for (UserTask step : steps) {
            assertThat(step.getCamundaDueDate()).as("due date of %s", step.getId()).isEqualTo(DUE);
            for (boolean urgent : new boolean[]{true, false}) {
                DmnDecisionTableResult result = evaluate(step.getId(), urgent);
                assertThat(result).as("rules for %s (urgent %s)", step.getId(), urgent).hasSize(1);
                assertThat(result.getSingleResult().<Object>getEntry(DeadlineProcess.OUTPUT_DAYS))
                        .as("days of %s", step.getId()).isInstanceOf(Integer.class)
                        .satisfies(days -> assertThat((Integer) days).isPositive());
                String calendar = result.getSingleResult().getEntry(DeadlineProcess.OUTPUT_CALENDAR);
                boolean partnersStep = "${partnerGroup}".equals(step.getCamundaCandidateGroups());
                assertThat(calendar).as("calendar of %s", step.getId()).isEqualTo(partnersStep ? "PARTNER" : "KOREA");
            }
        }
    }

    @Test
    void timersThatEndAStepComeAtItsDueDate() {
        assertThat(StepModels.timersOnSteps()).isNotEmpty().allSatisfy(timer ->
                assertThat(timer.expression()).as("%s on %s", timer.id(), timer.task()).isEqualTo("date:" + DUE));
        assertThat(StepModels.timersOnSteps()).extracting(StepModels.StepTimer::id)
                .containsExactlyInAnyOrder("clarificationLapsed", "expertSilent", "feedbackDefault");
    }

    @ParameterizedTest(name = "{0} (urgent {1}): {2} working days, {3}")
    @CsvSource({
            "screenRequest,       true,  3, KOREA",
            "screenRequest,       false, 5, KOREA",
            "answerClarification, false, 30, PARTNER",
            "respondToAssignment, false, 3, KOREA",
            "giveFeedback,        true,  14, PARTNER",
            "reviewMouPartner,    false, 30, PARTNER",
            "decideExtension,     false, 2, KOREA"})
    void serviceLevelsOfProcessMd(String step, boolean urgent, int days, String calendar) {
        DmnDecisionTableResult result = evaluate(step, urgent);

        assertThat(result.getSingleResult().<Object>getEntry(DeadlineProcess.OUTPUT_DAYS)).isEqualTo(days);
        assertThat(result.getSingleResult().<Object>getEntry(DeadlineProcess.OUTPUT_CALENDAR)).isEqualTo(calendar);
    }

    @Test
    void aStepNoModelHasGetsNoServiceLevel() {
        assertThat(evaluate("makeCoffee", false)).isEmpty();
    }

    private static DmnDecisionTableResult evaluate(String step, boolean urgent) {
        return engine.evaluateDecisionTable(serviceLevels, Variables.createVariables()
                .putValue(DeadlineProcess.INPUT_STEP, step).putValue(DeadlineProcess.INPUT_URGENT, urgent));
    }
}
