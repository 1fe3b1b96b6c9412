package org.coopflow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The service-level decision (bpmn/serviceLevels.dmn) against PROCESS.md: screening in 5 working days,
 * 3 when urgent; clarification 30, feedback 14 and MOU review 30 days either way.
 */
class ServiceLevelsDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision serviceLevels;

    @BeforeAll
    static void parseDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = ServiceLevelsDecisionTest.class.getClassLoader()
                .getResourceAsStream("bpmn/serviceLevels.dmn")) {
            assertThat(dmn).as("bpmn/serviceLevels.dmn on the classpath").isNotNull();
            serviceLevels = engine.parseDecision("serviceLevels", dmn);
        }
    }

    @ParameterizedTest(name = "urgent={0}: screening {1}, clarification {2}, feedback {3}, MOU review {4}")
    @CsvSource({
            "true,  3, 30, 14, 30",
            "false, 5, 30, 14, 30"})
    void serviceLevelsByUrgency(boolean urgent, int screening, int clarification, int feedback, int mouReview) {
        DmnDecisionTableResult result = evaluate(urgent);

        assertThat(result).hasSize(1);
        DmnDecisionRuleResult levels = result.getSingleResult();
        assertThat(levels.keySet()).containsExactlyInAnyOrder("screeningDays", "clarificationDays", "feedbackDays",
                "mouReviewDays", "screeningCalendar", "clarificationCalendar", "feedbackCalendar", "mouReviewCalendar");
        // typeRef="integer": the engine hands out Integers, as the process and DueDates expect
        assertThat(levels.<Object>getEntry("screeningDays")).isInstanceOf(Integer.class).isEqualTo(screening);
        assertThat(levels.<Object>getEntry("clarificationDays")).isInstanceOf(Integer.class).isEqualTo(clarification);
        assertThat(levels.<Object>getEntry("feedbackDays")).isInstanceOf(Integer.class).isEqualTo(feedback);
        assertThat(levels.<Object>getEntry("mouReviewDays")).isInstanceOf(Integer.class).isEqualTo(mouReview);
    }

    @ParameterizedTest(name = "urgent={0}")
    @CsvSource({"true", "false"})
    void officialsCountKoreanWorkingDaysAndPartnersTheirOwn(boolean urgent) {
        DmnDecisionRuleResult levels = evaluate(urgent).getSingleResult();

        assertThat(levels.<String>getEntry("screeningCalendar")).isEqualTo("KOREA");
        assertThat(levels.<String>getEntry("clarificationCalendar")).isEqualTo("PARTNER");
        assertThat(levels.<String>getEntry("feedbackCalendar")).isEqualTo("PARTNER");
        assertThat(levels.<String>getEntry("mouReviewCalendar")).isEqualTo("PARTNER");
    }

    @Test
    void urgentScreeningIsShorterThanOrdinary() {
        int urgent = evaluate(true).getSingleResult().<Integer>getEntry("screeningDays");
        int ordinary = evaluate(false).getSingleResult().<Integer>getEntry("screeningDays");

        assertThat(urgent).isLessThan(ordinary);
    }

    @Test
    void missingUrgencyMatchesNoRule() {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(serviceLevels,
                Variables.createVariables().putValue("urgent", null));

        assertThat(result).isEmpty();
    }

    private static DmnDecisionTableResult evaluate(boolean urgent) {
        return engine.evaluateDecisionTable(serviceLevels, Variables.createVariables().putValue("urgent", urgent));
    }
}
