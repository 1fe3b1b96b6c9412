package org.coopflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The engine's history cleanup may delete a finished request's engine history entirely (here: a removal time in the
 * past, i.e. a time-to-live of zero) without shortening its timeline: the page, the CSV and the PDF say the same
 * before and after, because they read CoopFlow's own audit record only.
 */
class TimelineOutlivesHistoryCleanupIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    Timeline timeline;

    @Autowired
    MessageSource messages;

    @Test
    void cleaningUpTheEngineHistoryLeavesTheTimelineWhole() throws Exception {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.submitted(cast);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "Which provinces?"));
        cast.partner().complete(journey.id(), "answerClarification", Map.of("clarificationAnswer", "Kandal."));
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "DECLINE",
                "screeningReason", "Outside the programme."));
        assertThat(cast.partner().status(journey.id())).isEqualTo("DECLINED");
        Pages pages = new Pages(users);
        List<String> linesBefore = lines(journey);
        String csvBefore = csv(pages, journey);
        String pdfBefore = pdf(pages, journey);

        // the engine's history of this request, every instance of it, removed as a zero time-to-live would
        List<String> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(journey.reference()).list().stream().map(HistoricProcessInstance::getId)
                .toList();
        assertThat(instances).isNotEmpty();
        Date yesterday = Date.from(Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(yesterday).byIds(
                instances.toArray(String[]::new)).hierarchical().executeAsync();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            runBatchJobs();
            return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(journey.reference()).list()
                    .stream().allMatch(pi -> pi.getRemovalTime() != null && !pi.getRemovalTime().after(new Date()));
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            management.executeJob(history.cleanUpHistoryAsync(true).getId());
            return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(journey.reference())
                    .count() == 0;
        });
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(journey.reference())
                .count()).isZero();

        assertThat(lines(journey)).isEqualTo(linesBefore).hasSizeGreaterThanOrEqualTo(8);
        assertThat(csv(pages, journey)).isEqualTo(csvBefore).contains("Outside the programme.", "Kandal.");
        assertThat(textOnly(pdf(pages, journey))).isEqualTo(textOnly(pdfBefore));
    }

    private List<String> lines(Journey journey) {
        return timeline.of(journey.id(), null, Locale.ENGLISH).stream().map(TimelineLine::what).toList();
    }

    private String csv(Pages pages, Journey journey) throws Exception {
        return mvc.perform(get("/requests/" + journey.id() + "/timeline.csv").with(pages.as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String pdf(Pages pages, Journey journey) throws Exception {
        byte[] bytes = mvc.perform(get("/requests/" + journey.id() + "/timeline.pdf").with(pages.as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The PDF's text without the export time on its title page (the manager reads Korean). */
    private String textOnly(String pdfText) {
        String exported = messages.getMessage("timeline.pdf.exported", null, Locale.KOREAN);
        return String.join("\n", pdfText.lines().filter(line -> !line.contains(exported)).toList());
    }

    /** The removal-time batch runs as jobs (seed, then one per chunk): run those due now, unless already run. */
    private void runBatchJobs() {
        for (Job job : management.createJobQuery().executable().list()) {
            if (job.getProcessInstanceId() == null && job.getJobDefinitionId() != null) {
                try {
                    management.executeJob(job.getId());
                } catch (ProcessEngineException ranMeanwhile) {
                    // the job executor took it first
                }
            }
        }
    }
}
