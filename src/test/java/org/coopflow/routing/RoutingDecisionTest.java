package org.coopflow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The routing decision (bpmn/routing.dmn) against PROCESS.md's routing table: one row per sector of
 * V4__reference_data.sql, evaluated by the standalone DMN engine (no Spring, no database).
 */
class RoutingDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision routing;

    @BeforeAll
    static void parseDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = RoutingDecisionTest.class.getClassLoader().getResourceAsStream("bpmn/routing.dmn")) {
            assertThat(dmn).as("bpmn/routing.dmn on the classpath").isNotNull();
            routing = engine.parseDecision("routing", dmn);
        }
    }

    /** PROCESS.md "Sectors and routing": sector code, lead agency (null: INTAKE decides), supporting agencies. */
    static Stream<Arguments> routingTable() {
        return Stream.of(
                Arguments.of("CIVIL_REGISTRATION", "MOIS", List.of()),
                Arguments.of("NATIONAL_ID", "MOIS", List.of("KOMSCO")),
                Arguments.of("ELECTION_MANAGEMENT", "NEC", List.of()),
                Arguments.of("ONLINE_CIVIL_SERVICES", "MOIS", List.of("NIA")),
                Arguments.of("PUBLIC_INFORMATION_SHARING", "MOIS", List.of("NIA")),
                Arguments.of("LOCAL_GOVERNMENT_SYSTEM", "MOIS", List.of("NIA")),
                Arguments.of("EGOV_LEGAL_FRAMEWORK", "MOIS", List.of("MOLEG")),
                Arguments.of("ELECTRONIC_CUSTOMS", "KCS", List.of()),
                Arguments.of("NATIONAL_ARCHIVES", "NAK", List.of()),
                Arguments.of("INTELLIGENT_TRANSPORT", "SMG", List.of("MOLIT")),
                Arguments.of("SMART_CITY", "MOLIT", List.of("BUSAN")),
                Arguments.of("DISASTER_MANAGEMENT", "MOIS", List.of()),
                Arguments.of("EMPLOYMENT_INFORMATION", "MOEL", List.of("KEIS")),
                Arguments.of("NATIONAL_LAND_INFORMATION", "MOLIT", List.of()),
                Arguments.of("PUBLIC_HEALTH", "MOHW", List.of()),
                Arguments.of("OTHER", null, List.of()));
    }

    @ParameterizedTest(name = "{0} -> lead {1}, supporting {2}")
    @MethodSource("routingTable")
    void routesEverySectorAsProcessMdSays(String sector, String lead, List<String> supporting) {
        DmnDecisionTableResult result = evaluate(sector);

        assertThat(result).as("exactly one rule for %s", sector).hasSize(1);
        DmnDecisionRuleResult rule = result.getSingleResult();
        assertThat(rule.keySet()).containsExactlyInAnyOrder("leadAgency", "supportingAgencies");
        // read as ApplyRoutingDelegate reads it: blank lead = none, supporting agencies comma-separated
        assertThat(blankToNull(rule.<String>getEntry("leadAgency"))).isEqualTo(lead);
        assertThat(codes(rule.getEntry("supportingAgencies"))).containsExactlyElementsOf(supporting);
    }

    @Test
    void coversEverySectorOfTheReferenceData() {
        assertThat(routingTable()).hasSize(16);
        assertThat(routingTable().map(a -> (String) a.get()[0]).distinct()).hasSize(16);
    }

    @Test
    void leadAgencyIsNeverAlsoASupportingAgency() {
        routingTable().forEach(row -> {
            DmnDecisionRuleResult rule = evaluate((String) row.get()[0]).getSingleResult();
            String lead = blankToNull(rule.getEntry("leadAgency"));
            assertThat(codes(rule.getEntry("supportingAgencies"))).doesNotContain(lead == null ? "" : lead);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"SPACE_PROGRAMME", "civil_registration", "NATIONAL_ID ", ""})
    void unknownSectorMatchesNoRule(String sector) {
        DmnDecisionTableResult result = evaluate(sector);

        assertThat(result).isEmpty();
        assertThat(result.getSingleResult()).isNull();
    }

    @Test
    void missingSectorMatchesNoRule() {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(routing,
                Variables.createVariables().putValue("sector", null));

        assertThat(result).isEmpty();
    }

    @Test
    void resultCanBeReadAsTheProcessStoresIt() {
        // the process keeps the single result as a map (resultVariable "routing")
        Map<String, Object> entries = evaluate("NATIONAL_ID").getSingleResult().getEntryMap();
        assertThat(entries).containsEntry("leadAgency", "MOIS").containsEntry("supportingAgencies", "KOMSCO");
    }

    private static DmnDecisionTableResult evaluate(String sector) {
        return engine.evaluateDecisionTable(routing, Variables.createVariables().putValue("sector", sector));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> codes(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
