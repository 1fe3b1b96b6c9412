package org.coopflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsProperties;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * /actuator/prometheus for administrators (HTTP Basic) with JVM, HTTP, pool, engine and CoopFlow's own figures;
 * health open to load balancers, its details for administrators; liveness and readiness groups; failed sign-ins
 * counted.
 */
class OperationsEndpointsIT extends MariaDbIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    OperationsFigures figures;

    @Autowired
    MeterRegistry meters;

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("manager", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("partner-kh", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void prometheusScrapesWithItsCredentialWhichOpensNothingElse() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic("coopflow-metrics", SCRAPE_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("coopflow-metrics", SCRAPE_PASSWORD + "x")))
                .andExpect(status().isUnauthorized());
        // its health is the status only, like anyone's; the API and the pages do not know it
        mvc.perform(get("/actuator/health").with(httpBasic("coopflow-metrics", SCRAPE_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/api/v1/requests").with(httpBasic("coopflow-metrics", SCRAPE_PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void prometheusShowsJvmHttpPoolEngineAndCoopFlowFigures() throws Exception {
        new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Metrics " + UUID.randomUUID()));
        figures.compute();

        String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(scrape).contains("jvm_memory_used_bytes", "http_server_requests_seconds_bucket",
                "hikaricp_connections_active", "camunda_jobs_executed_total", "camunda_jobs_acquired_total",
                "camunda_process_instances_started_total", "camunda_incidents_open{", "camunda_timers_overdue",
                "coopflow_tasks_open{", "coopflow_tasks_overdue{", "coopflow_requests{", "status=\"SCREENING\"",
                "coopflow_requests_submitted_total", "coopflow_mail_outbox{", "coopflow_mail_delivered_total",
                "coopflow_signin_lockouts_total", "coopflow_figures_age_seconds", "application=\"coopflow\"");
    }

    /**
     * Every page and API path keeps its own HTTP timings: past the limit of distinct {@code uri} tags Micrometer drops
     * the timings of paths not seen yet (Spring Boot's default of 100 is fewer than CoopFlow's paths).
     */
    @Test
    void everyPathOfTheApplicationCanHaveItsOwnHttpMetrics(@Autowired ApplicationContext context,
                                                           @Autowired MetricsProperties metrics) {
        long paths = context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                .flatMap(info -> info.getPatternValues().stream()).distinct().count();

        assertThat(paths).isGreaterThan(100);
        // the actuator's paths are among them (its own handler mapping); the room is for the tags of what matched no
        // path (NOT_FOUND, REDIRECTION, UNKNOWN: the engine's REST API and Cockpit) and for paths added later
        assertThat(metrics.getWeb().getServer().getMaxUriTags()).isGreaterThanOrEqualTo((int) paths + 50);
    }

    /** The Grafana dashboard of docker-compose's monitoring profile asks only for metrics that exist. */
    @Test
    void theGrafanaDashboardUsesMetricsTheApplicationServes() throws Exception {
        new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Metrics " + UUID.randomUUID()));
        mvc.perform(formLogin("/login").user("intake").password("not-the-password"));
        figures.compute();
        String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString();
        String dashboard = Files.readString(Path.of("monitoring/grafana/dashboards/coopflow-operations.json"));

        Matcher metric = Pattern.compile("\\b((?:coopflow|camunda|http_server|jvm|hikaricp)_[a-z_]+)").matcher(dashboard);
        List<String> used = new ArrayList<>();
        while (metric.find()) {
            used.add(metric.group(1));
        }
        assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(scrape).as(name).contains(name));
    }

    @Test
    void openTasksCountForTheAgencyOfferedThemPerStep() {
        figures.compute();
        double screeningsBefore = openTasks("MOIS", "screenRequest");
        double submittedBefore = meters.get("coopflow.requests.submitted").functionCounter().count();

        new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Metrics " + UUID.randomUUID()));
        figures.compute();

        // screenRequest is offered to the intake desk, officials of MOIS
        assertThat(openTasks("MOIS", "screenRequest")).isEqualTo(screeningsBefore + 1);
        assertThat(meters.get("coopflow.requests.submitted").functionCounter().count()).isEqualTo(submittedBefore + 1);
    }

    @Test
    void everyNodeReadsTheStoredFigures() {
        figures.compute();
        double screenings = openTasks("MOIS", "screenRequest");

        figures.refresh();

        assertThat(openTasks("MOIS", "screenRequest")).isEqualTo(screenings);
    }

    @Test
    void healthIsOpenButItsDetailsAreForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(httpBasic("manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());

        mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"))
                // the tests drive timers themselves: this node runs without a job executor, and says so
                .andExpect(jsonPath("$.components.jobExecutor.details.enabled").value(false))
                .andExpect(jsonPath("$.components.outbox.status").value("UP"))
                .andExpect(jsonPath("$.components.outbox.details.pending").isNumber());
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void failedSignInsAreCountedByReason() throws Exception {
        double before = failures("bad_credentials");

        mvc.perform(formLogin("/login").user("intake").password("not-the-password"));
        mvc.perform(get("/api/v1/tasks").with(httpBasic("intake", "still-not-it")))
                .andExpect(status().isUnauthorized());

        assertThat(failures("bad_credentials")).isEqualTo(before + 2);
    }

    private double openTasks(String agency, String step) {
        var gauge = meters.find("coopflow.tasks.open").tags("agency", agency, "step", step).gauge();
        return gauge == null ? 0 : gauge.value();
    }

    private double failures(String reason) {
        var counter = meters.find("coopflow.signin.failures").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
