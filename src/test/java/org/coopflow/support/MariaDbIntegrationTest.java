package org.coopflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole application on the real MySQL-compatible server (one shared
 * schema, one Spring context for all subclasses with the same configuration). Tests create their own
 * requests and never depend on each other's data. MockMvc (and the metrics registries) are configured here, on the
 * base, so that the tests that use them share the one context with every other integration test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
// Spring Boot's tests leave the Prometheus registry out unless asked: /actuator/prometheus is tested as it runs
@AutoConfigureObservability(tracing = false)
public abstract class MariaDbIntegrationTest {

    /** camunda-bpm-assert's assertThat(processInstance) reads this context's engine. */
    @BeforeEach
    void initProcessAssertions(@Autowired ProcessEngine processEngine,
                               @Autowired ConfigurableApplicationContext context) {
        BpmnAwareTests.init(processEngine);
        TestDatabase.closeBeforeStopping(context);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
        // Timers are driven by the tests, not by the job executor's clock; so are the reminders and absences
        // (DeadlineScan.runNow, AbsenceScan.runNow with the engine's clock moved).
        registry.add("camunda.bpm.job-execution.enabled", () -> "false");
        registry.add("coopflow.deadlines.scan", () -> "false");
        registry.add("coopflow.absences.scan", () -> "false");
        registry.add("coopflow.process.follow-up-rounds", () -> "2");
        // The daily digests and deadline announcements are driven by the tests (DailyDigest, DeadlineNotices).
        registry.add("coopflow.inbox.scheduled", () -> "false");
        // The tests count requests and tasks: no demo requests (DemoRequestsIT runs the seeder itself).
        registry.add("coopflow.demo.requests", () -> "false");
        registry.add("coopflow.monitoring.scrape-password", () -> SCRAPE_PASSWORD);
    }

    /** Prometheus' scrape credential in the tests (user name coopflow-metrics). */
    public static final String SCRAPE_PASSWORD = "scrape-secret-for-tests";
}
