package org.coopflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The audit timeline page, its filters, CSV and API: business words for managers and the agencies involved only. */
class TimelinePagesIT extends MariaDbIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    org.springframework.context.MessageSource messages;

    private Pages pages;
    private Long requestId;

    @BeforeEach
    void screenedRequest() {
        pages = new Pages(users);
        requestId = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Audited request"));
        new Api(rest, "intake").complete(requestId, "screenRequest", Map.of("screeningDecision", "ACCEPT"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneLinePerBusinessEventInTheReadersWordsWithoutEngineDetail() throws Exception {
        // expert-mois (an official of the lead agency) reads English
        MvcResult page = mvc.perform(get("/requests/" + requestId + "/timeline").with(pages.as("expert-mois")))
                .andExpect(status().isOk())
                .andReturn();

        List<TimelineLine> lines = (List<TimelineLine>) page.getModelAndView().getModel().get("lines");
        assertThat(lines).extracting(l -> l.entry().eventType()).containsSubsequence(
                AuditEventType.REQUEST_SUBMITTED, AuditEventType.ROUTED, AuditEventType.STATUS_CHANGED,
                AuditEventType.TASK_CLAIMED, AuditEventType.SCREENING_DECIDED, AuditEventType.STATUS_CHANGED);
        assertThat(lines).extracting(TimelineLine::what).contains(
                "Lee Ji-won (MOIS intake) took the step \"Screen request\".",
                "Lee Ji-won (MOIS intake) accepted the request; lead agency Ministry of the Interior and Safety (MOIS); "
                        + "supporting: Korea Minting, Security Printing & ID Card Operating Corporation (KOMSCO).",
                "The request moved from Screening to Assigning experts.");
        assertThat(lines).extracting(l -> l.entry().occurredAt()).isSorted();
        // one line per event: the acceptance once, no "task completed" beside it
        assertThat(lines).filteredOn(l -> l.entry().eventType() == AuditEventType.SCREENING_DECIDED).hasSize(1);
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("businessRuleTask", "serviceTask", "screeningDecision=", "TASK_COMPLETED")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theManagerReadsKoreanAndFiltersDecisions() throws Exception {
        // the manager's account reads Korean
        List<TimelineLine> decisions = (List<TimelineLine>) mvc.perform(get("/requests/" + requestId
                        + "/timeline?show=DECISIONS").with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(korean("timeline.filter.DECISIONS"))))
                .andReturn().getModelAndView().getModel().get("lines");

        assertThat(decisions).extracting(l -> l.entry().category()).containsOnly(AuditCategory.DECISION);
        assertThat(decisions).extracting(l -> l.entry().eventType())
                .containsExactly(AuditEventType.ROUTED, AuditEventType.SCREENING_DECIDED);
        assertThat(decisions.get(1).what()).startsWith("Lee Ji-won (MOIS " + korean("audit.role.INTAKE") + ")")
                .contains("수락");

        // the API's history has the same lines, with the stable codes beside the words
        List<Map<String, Object>> history = new Api(rest, "manager").getList("/api/v1/requests/" + requestId
                + "/history?show=DECISIONS").getBody();
        assertThat(history).extracting(h -> String.valueOf(((Map<?, ?>) h.get("entry")).get("eventType")))
                .containsExactly("ROUTED", "SCREENING_DECIDED");
        assertThat(history).extracting(h -> String.valueOf(h.get("what"))).containsExactly(decisions.get(0).what(),
                decisions.get(1).what());
    }

    @Test
    void timelineDownloadsAsCsvWithCodesBesideTheWords() throws Exception {
        byte[] csv = mvc.perform(get("/requests/" + requestId + "/timeline.csv").with(pages.as("coord-mois")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("\"" + korean("timeline.column.when") + "\",\""
                + korean("timeline.column.who") + "\"");
        assertThat(text.lines().filter(l -> l.contains("\"SCREENING_DECIDED\"")))
                .singleElement().asString().contains("\"DECISION\",\"screenRequest\",\"ACCEPT\"", "\"intake\"",
                        "\"INTAKE\",\"MOIS\"");
    }

    @Test
    void othersGetNotFoundOrForbidden() throws Exception {
        mvc.perform(get("/requests/" + requestId + "/timeline").with(pages.as("partner-gt")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/requests/" + requestId + "/timeline.csv").with(pages.as("partner-gt")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/requests/" + requestId + "/timeline").with(pages.as("expert-nec")))
                .andExpect(status().isNotFound());
        // the partner sees its request, but not the internal history
        mvc.perform(get("/requests/" + requestId + "/timeline").with(pages.as("partner-kh")))
                .andExpect(status().isForbidden());
    }

    private String korean(String code) {
        return messages.getMessage(code, null, java.util.Locale.KOREAN);
    }
}
