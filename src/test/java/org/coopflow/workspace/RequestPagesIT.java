package org.coopflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestMapper;
import org.coopflow.request.RequestStatus;
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

/** The request pages through MockMvc on the real application: who sees what, the form, messages, withdrawal. */
class RequestPagesIT extends MariaDbIntegrationTest {

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RequestMapper requestMapper;

    private Pages pages;

    @BeforeEach
    void signIn() {
        pages = new Pages(users);
    }

    @Test
    void anotherPartnerAndAnUninvolvedExpertGetNotFound() throws Exception {
        Long id = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Visible to KH-MOI only"));

        mvc.perform(get("/requests/" + id).with(pages.as("partner-gt"))).andExpect(status().isNotFound());
        mvc.perform(get("/requests/" + id).with(pages.as("expert-nec"))).andExpect(status().isNotFound());
        mvc.perform(get("/requests/" + id).with(pages.as("coord-mois"))).andExpect(status().isOk());
        mvc.perform(get("/requests").with(pages.as("partner-gt")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Visible to KH-MOI only"))));
    }

    @Test
    void partnerListShowsWhatIsWaitingOnThem() throws Exception {
        Long id = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Needs a clarification"));
        new Api(rest, "intake").complete(id, "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "Which regions are concerned?"));

        mvc.perform(get("/requests").with(pages.as("partner-kh")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Needs a clarification")))
                .andExpect(content().string(Matchers.containsString("Waiting on you")))
                .andExpect(content().string(Matchers.containsString("Answer the clarification request")));
    }

    @Test
    void postedMessageAppearsOnTheRequestPage() throws Exception {
        Long id = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("With a message"));

        mvc.perform(post("/requests/" + id + "/messages").param("text", "Our minister will attend the forum.")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice",
                        "Your message was sent. It is in the inbox of everyone working on this request."));

        mvc.perform(get("/requests/" + id).with(pages.as("coord-mois")))
                .andExpect(content().string(Matchers.containsString("Our minister will attend the forum.")));
        // post-redirect-get: back to the messages, with the error next to the field
        MvcResult empty = mvc.perform(post("/requests/" + id + "/messages").param("text", " ")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/requests/" + id + "#messages"))
                .andReturn();
        mvc.perform(get("/requests/" + id).cookie(empty.getResponse().getCookies()).with(pages.as("partner-kh")))
                .andExpect(content().string(Matchers.containsString("Write a message before sending.")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
    }

    @Test
    void withdrawalNeedsAReasonAndTheConfirmation() throws Exception {
        Long id = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("To be withdrawn"));

        // post-redirect-get: back to the withdrawal form, with the reason still typed and the error next to the box
        MvcResult unconfirmed = mvc.perform(post("/requests/" + id + "/withdraw").param("reason", "Budget was cut.")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/requests/" + id + "#withdraw"))
                .andReturn();
        mvc.perform(get("/requests/" + id).cookie(unconfirmed.getResponse().getCookies()).with(pages.as("partner-kh")))
                .andExpect(content().string(Matchers.containsString("Tick the box to confirm")))
                .andExpect(content().string(Matchers.containsString("Budget was cut.</textarea>")));
        MvcResult noReason = mvc.perform(post("/requests/" + id + "/withdraw").param("reason", "").param("confirmed", "true")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andReturn();
        assertThat(((org.springframework.validation.BindingResult) noReason.getFlashMap()
                .get(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "withdrawalForm"))
                .hasFieldErrors("reason")).isTrue();
        assertThat(requestMapper.findById(id).status()).isEqualTo(RequestStatus.SCREENING);

        mvc.perform(post("/requests/" + id + "/withdraw").param("reason", "Budget was cut.").param("confirmed", "true")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "The request was withdrawn."));

        assertThat(requestMapper.findById(id).status()).isEqualTo(RequestStatus.WITHDRAWN);
        mvc.perform(get("/requests/" + id).with(pages.as("partner-kh")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("I understand this ends"))));
        // a finished process instance cannot be opened in Cockpit's Community Edition: no link to a dead end
        mvc.perform(get("/requests/" + id).with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/camunda/app/cockpit/default/#"))));
    }

    @Test
    void managerSearchesByReferenceAndSeesTheCockpitLink() throws Exception {
        Long id = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Found by reference"));
        CooperationRequest request = requestMapper.findById(id);

        MvcResult search = mvc.perform(get("/requests").param("reference", request.reference().toLowerCase())
                        .param("country", "KH").param("status", "SCREENING").with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Found by reference")))
                .andReturn();
        assertThat(((org.coopflow.shared.Page<?>) search.getModelAndView().getModel().get("result")).total()).isEqualTo(1);
        mvc.perform(get("/requests/" + id).with(pages.as("manager")))
                .andExpect(content().string(Matchers.containsString(
                        "/camunda/app/cockpit/default/#/process-instance/" + request.processInstanceId())))
                .andExpect(content().string(Matchers.containsString("/requests/" + id + "/timeline")));
        mvc.perform(get("/requests/" + id).with(pages.as("partner-kh")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/camunda/app/cockpit/default/#"))));
    }
}
