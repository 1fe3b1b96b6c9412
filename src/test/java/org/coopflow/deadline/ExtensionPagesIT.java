package org.coopflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The step's "Due date and more time" page ({@code /tasks/{id}/more-time}) on the whole application: a partner asks
 * there in its own language, with errors at their fields that change nothing; the deciding official reads what was
 * asked and why on the decision's task page; who may see the page at all.
 */
class ExtensionPagesIT extends MariaDbIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    UserTexts texts;

    @Autowired
    Extensions extensions;

    private Pages pages;

    @BeforeEach
    void pages() {
        pages = new Pages(users);
    }

    @Test
    void aPartnerAsksForMoreTimeInItsLanguageAndBadInputChangesNothing() throws Exception {
        Long requestId = clarificationAskedOf("partner-gt");
        String taskId = new Api(rest, "partner-gt").taskId(requestId, "answerClarification");
        assertThat(page("partner-gt", "/tasks/" + taskId)).contains("/tasks/" + taskId + "/more-time");
        String form = page("partner-gt", "/tasks/" + taskId + "/more-time");
        assertThat(form).contains("id=\"ask-more-time\"", escaped("partner-gt", "extension.ask.heading"),
                escaped("partner-gt", "extension.calendar"));

        String refused = mvc.perform(post("/tasks/{id}/more-time", taskId).param("days", "0").param("reason", " ")
                        .with(pages.as("partner-gt")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains(escaped("partner-gt", "extension.days.range"),
                escaped("partner-gt", "extension.reason.required"));
        String notANumber = mvc.perform(post("/tasks/{id}/more-time", taskId).param("days", "cinco")
                        .param("reason", "Elecciones").with(pages.as("partner-gt")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notANumber).contains(escaped("partner-gt", "typeMismatch.extensionForm.days"))
                .contains("Elecciones");
        mvc.perform(post("/tasks/{id}/more-time", taskId).param("days", "5").param("reason", "Sin token")
                .with(pages.as("partner-gt")).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        assertThat(extensions.ofRequest(requestId)).isEmpty();

        mvc.perform(post("/tasks/{id}/more-time", taskId).param("days", "5")
                        .param("reason", "Esperamos la firma del ministro.").with(pages.as("partner-gt")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks/" + taskId + "/more-time"))
                .andExpect(flash().attribute("notice", texts.of("partner-gt", "extension.notice.asked", 5,
                        texts.of("partner-gt", "requests.group.intake"))));

        String asked = page("partner-gt", "/tasks/" + taskId + "/more-time");
        assertThat(asked).contains("data-status=\"PENDING\"", "Esperamos la firma del ministro.",
                escaped("partner-gt", "extension.alreadyAsked")).doesNotContain("id=\"ask-more-time\"");
        assertThat(extensions.ofRequest(requestId)).singleElement()
                .satisfies(e -> assertThat(e.askedBy()).isEqualTo("partner-gt"));
    }

    @Test
    void theDecidingOfficialReadsWhatWasAskedAndTheHolderSeesTheAnswer() throws Exception {
        Long requestId = clarificationAskedOf("partner-gt");
        String taskId = new Api(rest, "partner-gt").taskId(requestId, "answerClarification");
        mvc.perform(post("/tasks/{id}/more-time", taskId).param("days", "3")
                .param("reason", "Feriado de Semana Santa.").with(pages.as("partner-gt")).with(csrf()))
                .andExpect(status().isFound());
        Api intake = new Api(rest, "intake");
        String decideId = intake.taskId(requestId, DeadlineProcess.TASK_DECIDE_EXTENSION);
        intake.post("/api/v1/tasks/" + decideId + "/claim", null);

        String decision = page("intake", "/tasks/" + decideId);
        assertThat(decision).contains("Feriado de Semana Santa.", "María López",
                "value=\"GRANT\"", "value=\"REFUSE\"");

        mvc.perform(post("/tasks/{id}", decideId).param("extensionDecision", "GRANT")
                .with(pages.as("intake")).with(csrf())).andExpect(status().isFound());

        String answered = page("partner-gt", "/tasks/" + taskId + "/more-time");
        assertThat(answered).contains("data-status=\"GRANTED\"", "id=\"ask-more-time\"");
        // the Korean side appears to the partner by group, never by name
        assertThat(answered).doesNotContain("Lee Ji-won");
    }

    @Test
    void onlyWhoeverMayWorkOnTheStepSeesItsPage() throws Exception {
        Long requestId = clarificationAskedOf("partner-gt");
        String taskId = new Api(rest, "partner-gt").taskId(requestId, "answerClarification");

        mvc.perform(get("/tasks/{id}/more-time", taskId).with(pages.as("partner-kh"))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/{id}/more-time", taskId).with(pages.as("coord-mois"))).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/{id}/more-time", taskId).param("days", "2").param("reason", "x")
                .with(pages.as("partner-kh")).with(csrf())).andExpect(status().isNotFound());
        assertThat(extensions.ofRequest(requestId)).isEmpty();
    }

    // --- helpers

    /** A request of this partner with a clarification asked by intake: the partner's answer is open. */
    private Long clarificationAskedOf(String partner) {
        Map<String, Object> body = new HashMap<>(Api.nationalIdRequest("More time pages " + UUID.randomUUID()));
        ResponseEntity<Map<String, Object>> submitted = new Api(rest, partner).submit(body, UUID.randomUUID().toString());
        Long requestId = ((Number) submitted.getBody().get("id")).longValue();
        new Api(rest, "intake").complete(requestId, "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "¿Cuántos departamentos primero?"));
        return requestId;
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(pages.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String escaped(String username, String code, Object... args) {
        return HtmlUtils.htmlEscape(texts.of(username, code, args), "UTF-8");
    }
}
