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
    void partnerSubmitsTheFormAndLandsOnItsRequestWithTheReference() throws Exception {
        String key = UUID.randomUUID().toString();

        MvcResult result = mvc.perform(Pages.requestForm(key, "Enrolment of citizens abroad")
                        .param("preferredStart", "2026-09-01").param("preferredEnd", "2026-09-05")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/requests/*"))
                .andExpect(flash().attribute("notice", Matchers.matchesPattern("Request CR-\\d{4}-\\d{5} received.*")))
                .andReturn();

        CooperationRequest created = requestMapper.findByIdempotencyKey("KH-MOI", key);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/requests/" + created.id());
        assertThat(created.languages()).isEqualTo("km,en");
        mvc.perform(get("/requests/" + created.id()).with(pages.as("partner-kh")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enrolment of citizens abroad")))
                .andExpect(content().string(Matchers.containsString("Khmer")))
                .andExpect(content().string(Matchers.containsString("Withdraw request")));
    }

    @Test
    void theSameFormSentTwiceMakesOneRequest() throws Exception {
        String key = UUID.randomUUID().toString();

        String first = mvc.perform(Pages.requestForm(key, "Double click").with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(Pages.requestForm(key, "Double click").with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        assertThat(second).isEqualTo(first);
        assertThat(first).isEqualTo("/requests/" + requestMapper.findByIdempotencyKey("KH-MOI", key).id());
    }

    @Test
    void aSentFormChangedAndSentAgainIsExplainedAndChangesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(Pages.requestForm(key, "Voter registration").with(pages.as("partner-gt")).with(csrf()))
                .andExpect(status().isFound());
        CooperationRequest first = requestMapper.findByIdempotencyKey("GT-MINGOB", key);

        // back button, a changed title, sent again with the form's key (partner-gt reads Spanish)
        MvcResult again = mvc.perform(Pages.requestForm(key, "Voter registration abroad")
                        .with(pages.as("partner-gt")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(RequestPages.VIEW_FORM))
                .andExpect(model().attributeHasErrors("requestForm"))
                .andExpect(content().string(Matchers.containsString(messages.getMessage(
                        "requests.form.alreadySent", new Object[]{first.reference()}, Locale.forLanguageTag("es")))))
                .andExpect(content().string(Matchers.containsString("Voter registration abroad")))
                .andReturn();

        assertThat(requestMapper.findById(first.id()).title()).isEqualTo("Voter registration");
        assertThat(requestMapper.findByIdempotencyKey("GT-MINGOB", key).id()).isEqualTo(first.id());
        // a new key: sending the changed form again on purpose makes a new request
        String newKey = ((RequestForm) again.getModelAndView().getModel().get("requestForm")).getIdempotencyKey();
        assertThat(newKey).isNotBlank().isNotEqualTo(key);
        mvc.perform(Pages.requestForm(newKey, "Voter registration abroad").with(pages.as("partner-gt")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(requestMapper.findByIdempotencyKey("GT-MINGOB", newKey).title()).isEqualTo("Voter registration abroad");
    }

    @Test
    void invalidFormShowsEachErrorNextToItsFieldAndCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();

        mvc.perform(Pages.requestForm(key, " ")
                        .param("contactEmail", "not-an-address")
                        .param("preferredStart", "2026-09-01").param("preferredEnd", "2026-08-01")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(RequestPages.VIEW_FORM))
                .andExpect(model().attributeHasFieldErrors("requestForm", "title", "contactEmail", "preferredEnd"))
                .andExpect(content().string(Matchers.containsString("id=\"title-error\"")))
                .andExpect(content().string(Matchers.containsString("Enter a title.")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"title-hint title-error\"")))
                .andExpect(content().string(Matchers.containsString("Enter an e-mail address such as")))
                .andExpect(content().string(Matchers.containsString("The end date must not be before the start date.")))
                // the same key goes back into the form, so the corrected form still makes one request
                .andExpect(content().string(Matchers.containsString("value=\"" + key + "\"")));

        assertThat(requestMapper.findByIdempotencyKey("KH-MOI", key)).isNull();
    }

    @Test
    void formWithoutLanguagesAsksForOne() throws Exception {
        String key = UUID.randomUUID().toString();

        mvc.perform(multipart("/requests")
                        .param("idempotencyKey", key).param("sector", "NATIONAL_ID").param("title", "No language")
                        .param("description", "Something").param("modality", "ONLINE_FORUM")
                        .param("contactName", "Sokha Chan").param("contactEmail", "sokha@interior.gov.kh.example")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("requestForm", "languages"))
                .andExpect(content().string(Matchers.containsString("Choose at least one language.")));

        assertThat(requestMapper.findByIdempotencyKey("KH-MOI", key)).isNull();
    }

    @Test
    void postingWithoutAValidCsrfTokenIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();

        mvc.perform(Pages.requestForm(key, "Forged").with(pages.as("partner-kh")).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        // no token stored at all means the session behind the form is gone: sign in again (web security)
        mvc.perform(Pages.requestForm(key, "No token").with(pages.as("partner-kh")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?expired"));

        assertThat(requestMapper.findByIdempotencyKey("KH-MOI", key)).isNull();
    }

    @Test
    void officialsCannotOpenTheRequestForm() throws Exception {
        // intake's saved language is Korean: the refusal is in Korean
        String notAllowed = messages.getMessage("error.page.forbidden.title", null, java.util.Locale.KOREAN);
        mvc.perform(get("/requests/new").with(pages.as("intake")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString(notAllowed)));
        mvc.perform(get("/requests/new").with(pages.as("partner-kh")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"idempotencyKey\"")));
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
                .andExpect(flash().attribute("notice", "Your message was sent."));

        mvc.perform(get("/requests/" + id).with(pages.as("coord-mois")))
                .andExpect(content().string(Matchers.containsString("Our minister will attend the forum.")));
        mvc.perform(post("/requests/" + id + "/messages").param("text", " ").with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Write a message before sending.")));
    }

    @Test
    void withdrawalNeedsAReasonAndTheConfirmation() throws Exception {
        Long id = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("To be withdrawn"));

        mvc.perform(post("/requests/" + id + "/withdraw").param("reason", "Budget was cut.")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("withdrawalForm", "confirmed"))
                .andExpect(content().string(Matchers.containsString("Tick the box to confirm")));
        mvc.perform(post("/requests/" + id + "/withdraw").param("reason", "").param("confirmed", "true")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("withdrawalForm", "reason"));
        assertThat(requestMapper.findById(id).status()).isEqualTo(RequestStatus.SCREENING);

        mvc.perform(post("/requests/" + id + "/withdraw").param("reason", "Budget was cut.").param("confirmed", "true")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "The request was withdrawn."));

        assertThat(requestMapper.findById(id).status()).isEqualTo(RequestStatus.WITHDRAWN);
        mvc.perform(get("/requests/" + id).with(pages.as("partner-kh")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("I understand this ends"))));
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
