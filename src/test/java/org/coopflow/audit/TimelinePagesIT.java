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

/** The audit timeline page and its CSV: for managers and the agencies involved, nobody else. */
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
    void managerSeesEveryEntryInOrderIncludingCompletedTasks() throws Exception {
        // the manager reads in Korean, the language saved with the account
        MvcResult page = mvc.perform(get("/requests/" + requestId + "/timeline").with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(korean("timeline.kind.TASK_COMPLETED"))))
                .andExpect(content().string(Matchers.containsString("Lee Ji-won")))
                .andExpect(content().string(Matchers.containsString(korean("timeline.csv"))))
                .andReturn();

        List<TimelinePages.Line> lines = (List<TimelinePages.Line>) page.getModelAndView().getModel().get("lines");
        assertThat(lines).extracting(l -> l.entry().kind()).contains("SUBMITTED", "TASK_COMPLETED");
        assertThat(lines).filteredOn(l -> l.entry().kind().equals("TASK_COMPLETED"))
                .extracting(TimelinePages.Line::who).contains("Lee Ji-won");
        assertThat(lines).extracting(l -> l.entry().at()).isSorted();
    }

    @Test
    @SuppressWarnings("unchecked")
    void stepTitlesAreInTheReadersLanguage() throws Exception {
        // the manager's account reads Korean, expert-mois's (an official of the lead agency) English
        List<TimelinePages.Line> korean = (List<TimelinePages.Line>) mvc.perform(get("/requests/" + requestId
                + "/timeline").with(pages.as("manager"))).andReturn().getModelAndView().getModel().get("lines");
        List<TimelinePages.Line> english = (List<TimelinePages.Line>) mvc.perform(get("/requests/" + requestId
                + "/timeline").with(pages.as("expert-mois"))).andReturn().getModelAndView().getModel().get("lines");

        // a user task by the task list's name, a call activity by its step name
        assertThat(titles(korean, "TASK_COMPLETED")).contains(korean("task.screenRequest")).doesNotContain("Screen request");
        assertThat(titles(korean, "STEP_DONE")).contains(korean("timeline.step.cooperationRequest.screening"))
                .doesNotContain("Screening");
        assertThat(titles(english, "TASK_COMPLETED")).contains("Screen request");
        assertThat(titles(english, "STEP_DONE")).contains("Screening", "Route request");

        // the API's history and the CSV say the same
        List<Map<String, Object>> history = new Api(rest, "manager").getList("/api/v1/requests/" + requestId
                + "/history").getBody();
        assertThat(history).filteredOn(e -> "TASK_COMPLETED".equals(e.get("kind"))).extracting(e -> e.get("title"))
                .contains(korean("task.screenRequest"));
        String csv = mvc.perform(get("/requests/" + requestId + "/timeline.csv").with(pages.as("manager")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"" + korean("task.screenRequest") + "\"")
                .contains("\"" + korean("timeline.step.cooperationRequest.routeRequest") + "\"");
    }

    @Test
    void timelineDownloadsAsCsv() throws Exception {
        byte[] csv = mvc.perform(get("/requests/" + requestId + "/timeline.csv").with(pages.as("coord-mois")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("\"" + korean("timeline.column.when") + "\",\""
                + korean("timeline.column.who") + "\"");
        assertThat(text).contains("\"TASK_COMPLETED\"").contains("\"" + korean("timeline.kind.TASK_COMPLETED") + "\"");
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

    private static List<String> titles(List<TimelinePages.Line> lines, String kind) {
        return lines.stream().filter(l -> kind.equals(l.entry().kind())).map(l -> l.entry().title()).toList();
    }

    private String korean(String code) {
        return messages.getMessage(code, null, java.util.Locale.KOREAN);
    }
}
