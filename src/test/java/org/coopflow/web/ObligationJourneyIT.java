package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.coopflow.support.Browser;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey: a coordinator records obligations at signing, and the first one arrives on its date. The MOU is approved
 * for signing through the API; MOIS's coordinator records the signing in the browser with the MOU's term and two
 * commitments (the second row added with "Add another"); the register lists both as upcoming. The engine's clock is
 * then moved to the first commitment's date and the due timers run as the job executor would run them: that
 * commitment is in the coordinator's task list and due in the register, the other still upcoming.
 */
class ObligationJourneyIT extends MariaDbIntegrationTest {

    private static final String COORDINATOR = "coord-mois";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessDriver process;
    @Autowired
    UserTexts texts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCoordinatorRecordsObligationsAtSigningAndTheFirstArrivesOnItsDate() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.toMouSigningApproval(cast, process);
        cast.manager().complete(journey.id(), "approveMouForSigning", Map.of("signingDecision", "APPROVE"));
        LocalDate committee = LocalDate.now().plusDays(45);
        LocalDate report = LocalDate.now().plusDays(100);

        try (Browser coordinator = Browser.start(port, "en")) {
            coordinator.signIn(COORDINATOR);
            openTask(coordinator, journey, "recordMouSigning");
            coordinator.date(By.id("field-signingDate"), LocalDate.now().toString())
                    .type(By.id("field-signatories"), "Vice Minister of the Interior and Safety; Secretary of State")
                    .date(By.id("field-mouExpiresOn"), LocalDate.now().plusYears(5).toString())
                    .type(By.id("field-mouRenewalNoticeDays"), "180")
                    .type(By.id("field-mouObligations-0-obligationClause"), "Article 5")
                    .type(By.id("field-mouObligations-0-obligationDescription"), "Annual joint committee")
                    .select(By.id("field-mouObligations-0-obligationParty"), "MOIS")
                    .select(By.id("field-mouObligations-0-obligationRecurrence"), "YEARLY")
                    .date(By.id("field-mouObligations-0-obligationFirstDue"), committee.toString());
            // a second commitment: "Add another" brings a blank row, keeping what was typed
            coordinator.clickAndWait(By.cssSelector("button[name='_addRow'][value='mouObligations']"));
            assertThat(coordinator.find(By.id("field-mouObligations-0-obligationClause")).getDomProperty("value"))
                    .isEqualTo("Article 5");
            coordinator.type(By.id("field-mouObligations-1-obligationClause"), "Article 6")
                    .type(By.id("field-mouObligations-1-obligationDescription"), "Progress report on the pilot")
                    .select(By.id("field-mouObligations-1-obligationParty"), "PARTNER")
                    .select(By.id("field-mouObligations-1-obligationRecurrence"), "ONCE")
                    .date(By.id("field-mouObligations-1-obligationFirstDue"), report.toString());
            coordinator.screenshot("journey-obligations-signing-form");
            coordinator.clickAndWait(By.id("complete-task"));
            assertThat(coordinator.path()).isEqualTo("/tasks");
            assertThat(coordinator.text(By.id("notice"))).isEqualTo(texts.of(COORDINATOR, "tasks.done",
                    texts.taskName(COORDINATOR, "recordMouSigning"), journey.reference()));

            // the register lists both commitments, upcoming
            coordinator.clickAndWait(By.cssSelector("nav a[href='/obligations']"));
            assertThat(coordinator.text(By.tagName("h1"))).isEqualTo(texts.of(COORDINATOR, "obligations.title"));
            assertThat(statusOf(coordinator, journey, "Article 5")).isEqualTo("SCHEDULED");
            assertThat(statusOf(coordinator, journey, "Article 6")).isEqualTo("SCHEDULED");
            assertThat(dueJobs(journey)).isEmpty(); // nothing is due today

            // ...the committee's date comes (the reminder's, 30 days before, came first)
            ClockUtil.setCurrentTime(Date.from(committee.atStartOfDay(SEOUL).toInstant().plusSeconds(60)));
            List<Job> due = dueJobs(journey);
            assertThat(due).extracting(Job::getDuedate).allMatch(d -> !d.toInstant().isAfter(ClockUtil.getCurrentTime().toInstant()));
            runDueJobs(journey);

            coordinator.open("/tasks?view=offered&country=KH");
            String row = "tr[data-reference='" + journey.reference() + "'][data-task-key='fulfilObligation']";
            assertThat(coordinator.all(By.cssSelector(row))).hasSize(1);
            assertThat(coordinator.text(By.cssSelector(row))).contains(texts.taskName(COORDINATOR, "fulfilObligation"));
            coordinator.open("/obligations?country=KH");
            assertThat(statusOf(coordinator, journey, "Article 5")).isEqualTo("DUE");
            assertThat(statusOf(coordinator, journey, "Article 6")).isEqualTo("SCHEDULED");
            coordinator.screenshot("journey-obligations-register");
        }
    }

    private void openTask(Browser browser, Journey journey, String taskKey) {
        browser.open("/tasks?view=offered&country=KH");
        String row = "tr[data-reference='" + journey.reference() + "'][data-task-key='" + taskKey + "']";
        browser.clickAndWait(By.cssSelector(row + " td:first-child a"));
        browser.clickAndWait(By.id("claim-task"));
        browser.find(By.id("complete-task"));
    }

    /** The register line's status of this request's commitment (by its clause). */
    private static String statusOf(Browser browser, Journey journey, String clause) {
        return browser.all(By.cssSelector("#register tbody tr")).stream()
                .filter(tr -> tr.getText().contains(journey.reference()) && tr.getText().contains(clause))
                .map(tr -> tr.getDomAttribute("data-status")).findFirst().orElse("none");
    }

    /** The timers of this request's obligations that the job executor would run now (the engine's clock). */
    private List<Job> dueJobs(Journey journey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.reference())
                .processDefinitionKey("obligationOccurrence").list().stream()
                .flatMap(i -> management.createJobQuery().processInstanceId(i.getId()).executable().list().stream())
                .toList();
    }

    /** Runs the due timers until none is left (the reminder's, then the date's). */
    private void runDueJobs(Journey journey) {
        for (List<Job> due = dueJobs(journey); !due.isEmpty(); due = dueJobs(journey)) {
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    @SuppressWarnings("unused")
    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(SEOUL).toInstant();
    }
}
