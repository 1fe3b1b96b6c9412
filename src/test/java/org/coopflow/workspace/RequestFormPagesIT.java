package org.coopflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestMapper;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The partner's request form through MockMvc on the real application: one request per form, post-redirect-get with
 * every error listed at the top and nothing typed lost, no token in any address, and the server-side draft (saved,
 * restored, removed on submission, per user, partners only).
 */
class RequestFormPagesIT extends MariaDbIntegrationTest {

    @Autowired
    MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    RequestMapper requestMapper;

    @Autowired
    RequestDraftMapper draftMapper;

    private Pages pages;

    @BeforeEach
    void signIn() {
        pages = new Pages(users);
        noDrafts();
    }

    /** The demo partners' forms start empty again for the tests after these. */
    @AfterEach
    void noDrafts() {
        draftMapper.delete("partner-kh");
        draftMapper.delete("partner-gt");
    }

    @Test
    void partnerSubmitsTheFormAndLandsOnItsRequestWithTheReference() throws Exception {
        String key = UUID.randomUUID().toString();
        saveDraft("partner-kh", key, "Enrolment of citizens abroad").andExpect(status().isOk());

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
        assertThat(draftMapper.find("partner-kh")).as("the draft is gone once the request is sent").isNull();
        mvc.perform(get("/requests/" + created.id()).with(pages.as("partner-kh")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enrolment of citizens abroad")))
                .andExpect(content().string(Matchers.containsString("Khmer")));
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
    void anInvalidFormComesBackWithEveryErrorListedAtTheTopAndEverythingTyped() throws Exception {
        String key = UUID.randomUUID().toString();

        MvcResult sent = mvc.perform(multipart("/requests").param("idempotencyKey", key).param("sector", "NATIONAL_ID")
                        .param("title", " ").param("description", "Our paper registers are kept in 25 provinces.")
                        .param("modality", "ONLINE_FORUM").param("languages", "km", "en")
                        .param("contactName", "Sokha Chan").param("contactEmail", "not-an-address")
                        .param("preferredStart", "2026-09-01").param("preferredEnd", "2026-08-01")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(RequestFormPages.FORM_PAGE))
                .andReturn();
        assertThat(requestMapper.findByIdempotencyKey("KH-MOI", key)).isNull();

        String page = followToForm(sent, "partner-kh");
        // the summary: focusable, each error a link to its field, in the order of the page
        assertThat(page).contains("id=\"error-summary\" tabindex=\"-1\"")
                .contains("<a href=\"#title\">Enter a title.</a>")
                .contains("<a href=\"#preferredEnd\">The end date must not be before the start date.</a>")
                .contains("href=\"#contactEmail\"");
        assertThat(page.indexOf("href=\"#title\"")).isLessThan(page.indexOf("href=\"#preferredEnd\""));
        assertThat(page.indexOf("href=\"#preferredEnd\"")).isLessThan(page.indexOf("href=\"#contactEmail\""));
        // next to each field too, announced with it; and everything typed is still there, with the same key
        assertThat(page).contains("id=\"title-error\"").contains("aria-describedby=\"title-hint title-error\"")
                .contains(">Our paper registers are kept in 25 provinces.</textarea>")
                .contains("value=\"not-an-address\"")
                .contains("value=\"" + key + "\"");
        // no token in the form's address (it travels in the body)
        assertThat(page).contains("action=\"/requests\"").doesNotContain("_csrf=");
        // and what was typed is the draft, should the session end now
        assertThat(draftMapper.find("partner-kh").content()).contains("Our paper registers are kept in 25 provinces.");
    }

    @Test
    void aFileThatIsRefusedIsListedAtTheTopWithTheOtherErrors() throws Exception {
        String key = UUID.randomUUID().toString();
        MockMultipartFile page = new MockMultipartFile("files", "plan.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        MvcResult sent = mvc.perform(multipart("/requests").file(page).param("idempotencyKey", key)
                        .param("sector", "NATIONAL_ID").param("title", "With a disguised page")
                        .param("description", "Something.").param("modality", "ONLINE_FORUM").param("languages", "km")
                        .param("contactName", "").param("contactEmail", "sokha@interior.gov.kh.example")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(RequestFormPages.FORM_PAGE))
                .andReturn();

        String form = followToForm(sent, "partner-kh");
        assertThat(form).contains("href=\"#contactName\"")
                .containsPattern("<a href=\"#files\">plan\\.pdf: [^<]+</a>")
                .contains("id=\"files-error\"");
        assertThat(requestMapper.findByIdempotencyKey("KH-MOI", key)).isNull();
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
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(RequestFormPages.FORM_PAGE))
                .andReturn();

        String page = followToForm(again, "partner-gt");
        assertThat(page).contains(messages.getMessage("requests.form.alreadySent", new Object[]{first.reference()},
                Locale.forLanguageTag("es"))).contains("Voter registration abroad");
        assertThat(requestMapper.findById(first.id()).title()).isEqualTo("Voter registration");
        // a new key: sending the changed form again on purpose makes a new request
        RequestForm shown = (RequestForm) again.getFlashMap().get("requestForm");
        assertThat(shown.getIdempotencyKey()).isNotBlank().isNotEqualTo(key);
        assertThat(page).contains("value=\"" + shown.getIdempotencyKey() + "\"");
        mvc.perform(Pages.requestForm(shown.getIdempotencyKey(), "Voter registration abroad")
                        .with(pages.as("partner-gt")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(requestMapper.findByIdempotencyKey("GT-MINGOB", shown.getIdempotencyKey()).title())
                .isEqualTo("Voter registration abroad");
    }

    @Test
    void formWithoutLanguagesAsksForOne() throws Exception {
        String key = UUID.randomUUID().toString();

        MvcResult sent = mvc.perform(multipart("/requests")
                        .param("idempotencyKey", key).param("sector", "NATIONAL_ID").param("title", "No language")
                        .param("description", "Something").param("modality", "ONLINE_FORUM")
                        .param("contactName", "Sokha Chan").param("contactEmail", "sokha@interior.gov.kh.example")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andReturn();

        assertThat(followToForm(sent, "partner-kh")).contains("<a href=\"#languages1\">Choose at least one language.</a>");
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
        saveDraft("partner-kh", key, "Forged draft", csrf().useInvalidToken()).andExpect(status().isForbidden());
        mvc.perform(post("/requests/draft").param("title", "No token").with(pages.as("partner-kh")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/requests/draft/discard").with(pages.as("partner-kh")).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());

        assertThat(requestMapper.findByIdempotencyKey("KH-MOI", key)).isNull();
        assertThat(draftMapper.find("partner-kh")).isNull();
    }

    @Test
    void officialsCannotOpenTheFormNorKeepADraft() throws Exception {
        // intake's saved language is Korean: the refusal is in Korean
        String notAllowed = messages.getMessage("error.page.forbidden.title", null, Locale.KOREAN);
        mvc.perform(get(RequestFormPages.FORM_PAGE).with(pages.as("intake")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString(notAllowed)));
        saveDraft("intake", UUID.randomUUID().toString(), "Not a partner").andExpect(status().isForbidden());
        mvc.perform(post("/requests/draft/discard").with(pages.as("manager")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(draftMapper.find("intake")).isNull();
        mvc.perform(get(RequestFormPages.FORM_PAGE).with(pages.as("partner-kh")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"idempotencyKey\"")));
    }

    @Test
    void theDraftIsRestoredWhereverThePartnerOpensTheFormAgain() throws Exception {
        String key = UUID.randomUUID().toString();

        saveDraft("partner-kh", key, "주민등록 전산화 협력 요청")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message", Matchers.startsWith("Draft saved ")));

        // another visit (another session, another device): the same user's draft, with a way to start afresh
        String page = mvc.perform(get(RequestFormPages.FORM_PAGE).with(pages.as("partner-kh")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"draft-restored\"").contains("value=\"주민등록 전산화 협력 요청\"")
                .contains("value=\"" + key + "\"").contains("id=\"discard-draft\"");
        // the partner's request list says there is one
        mvc.perform(get("/requests").with(pages.as("partner-kh")))
                .andExpect(content().string(Matchers.containsString("id=\"continue-draft\"")));
        // another user's form is their own
        mvc.perform(get(RequestFormPages.FORM_PAGE).with(pages.as("partner-gt")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("주민등록 전산화 협력 요청"))));

        mvc.perform(post("/requests/draft/discard").with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(RequestFormPages.FORM_PAGE))
                .andExpect(flash().attributeExists("notice"));
        assertThat(draftMapper.find("partner-kh")).isNull();
        mvc.perform(get(RequestFormPages.FORM_PAGE).with(pages.as("partner-kh")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("주민등록 전산화 협력 요청"))));
    }

    @Test
    void aDraftKeepsWhatConvertsAndRefusesWhatTheFormWouldNotAllow() throws Exception {
        String key = UUID.randomUUID().toString();
        saveDraft("partner-kh", key, "Half-typed date").andExpect(status().isOk());

        // a date still being typed is left out, the rest is kept
        mvc.perform(post("/requests/draft").param("idempotencyKey", key).param("title", "Half-typed date, more")
                        .param("preferredStart", "2026-0").with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(draftMapper.find("partner-kh").content()).contains("Half-typed date, more")
                .doesNotContain("2026-0");

        // longer than the form allows: refused with the reason, the draft unchanged
        mvc.perform(post("/requests/draft").param("idempotencyKey", key).param("title", "x".repeat(201))
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(messages.getMessage("requests.draft.tooLong", null,
                        Locale.ENGLISH)));
        assertThat(draftMapper.find("partner-kh").content()).contains("Half-typed date, more");
    }

    private org.springframework.test.web.servlet.ResultActions saveDraft(String user, String key, String title,
                                                                         org.springframework.test.web.servlet.request.RequestPostProcessor... extra)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/requests/draft").param("idempotencyKey", key)
                .param("sector", "NATIONAL_ID").param("title", title).param("languages", "km")
                .header("Accept-Language", "en").with(pages.as(user));
        request.with(extra.length == 0 ? csrf() : extra[0]);
        return mvc.perform(request);
    }

    /** The GET after the redirect, in the same session (the POST left its flash attributes there). */
    private String followToForm(MvcResult sent, String user) throws Exception {
        return mvc.perform(get(RequestFormPages.FORM_PAGE).cookie(sent.getResponse().getCookies()).with(pages.as(user)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
