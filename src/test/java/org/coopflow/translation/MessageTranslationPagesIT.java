package org.coopflow.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reads what of a message through the translation desk, on GT-MINGOB's Spanish request: intake's message is
 * "with the translation desk" on officials' pages and absent from the partner's (another partner does not even see
 * the request); only the desk opens its step; once translated, the partner reads the Spanish alone and officials both
 * texts. A partner's Spanish message: officials read it as written meanwhile, then the desk's version with the original
 * behind a switch; the partner always reads its own words.
 */
class MessageTranslationPagesIT extends MariaDbIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CoopFlowUserDetailsService users;

    Pages pages;
    Api translator;
    Long requestId;

    @BeforeEach
    void spanishRequestInScreening() {
        pages = new Pages(users);
        translator = new Api(rest, "translator");
        requestId = new Api(rest, "partner-gt").submitNew(TranslationProcessIT.spanishRequest());
        translator.complete(requestId, TranslationProcess.TASK_TRANSLATE, TranslationProcessIT.verified());
    }

    @Test
    void theHeldMessageIsTheOfficialsAloneUntilTheDeskSendsItInSpanish() throws Exception {
        assertThat(page("intake")).contains("id=\"translation-always\"").doesNotContain("id=\"translate\"");
        mvc.perform(post("/requests/" + requestId + "/messages").with(pages.as("intake")).with(csrf())
                        .param("text", MessageTranslationProcessIT.ENGLISH_MESSAGE))
                .andExpect(redirectedUrl("/requests/" + requestId + "#messages"));

        assertThat(page("intake")).contains(MessageTranslationProcessIT.ENGLISH_MESSAGE, "message-at-desk");
        assertThat(page("partner-gt")).doesNotContain(MessageTranslationProcessIT.ENGLISH_MESSAGE, "message-at-desk",
                "translation-always");
        mvc.perform(get("/requests/" + requestId).with(pages.as("partner-kh"))).andExpect(status().isNotFound());

        String taskId = translator.taskId(requestId, TranslationProcess.TASK_TRANSLATE_TEXT);
        for (String outsider : new String[]{"partner-gt", "partner-kh", "intake", "coord-mois", "manager"}) {
            mvc.perform(get("/translation/tasks/" + taskId).with(pages.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/translation/tasks/" + taskId).with(pages.as(outsider)).with(csrf())
                    .param("textPartner", "hola")).andExpect(status().isNotFound());
        }
        String desk = mvc.perform(get("/translation/tasks/" + taskId).with(pages.as("translator")))
                .andExpect(status().isOk()).andExpect(view().name(TranslationDeskPages.VIEW_TEXT_DESK)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the official's text, the glossary terms in it with the partner's language beside, the form for Spanish only
        assertThat(desk).contains("id=\"original-text\"", MessageTranslationProcessIT.ENGLISH_MESSAGE,
                "id=\"glossary-terms\"", "resident registration", "주민등록", "registro civil",
                "id=\"claim-translation\"").doesNotContain("name=\"textKo\"");

        mvc.perform(post("/translation/tasks/" + taskId + "/claim").with(pages.as("translator")).with(csrf()));
        String refused = mvc.perform(post("/translation/tasks/" + taskId).with(pages.as("translator")).with(csrf())
                        .param("textPartner", " ")).andExpect(status().isUnprocessableEntity()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"textPartner-error\"");
        assertThat(page("partner-gt")).doesNotContain(MessageTranslationProcessIT.ENGLISH_MESSAGE);

        mvc.perform(post("/translation/tasks/" + taskId).with(pages.as("translator")).with(csrf())
                        .param("textPartner", MessageTranslationProcessIT.SPANISH_OF_IT))
                .andExpect(redirectedUrl("/tasks"));

        assertThat(page("partner-gt")).contains(MessageTranslationProcessIT.SPANISH_OF_IT)
                .doesNotContain(MessageTranslationProcessIT.ENGLISH_MESSAGE, "message-sent-translation");
        assertThat(page("intake")).contains(MessageTranslationProcessIT.ENGLISH_MESSAGE, "message-sent-translation",
                MessageTranslationProcessIT.SPANISH_OF_IT).doesNotContain("message-at-desk");
    }

    @Test
    void officialsReadThePartnersSpanishMessageInTheirLanguageWithTheOriginalBehindASwitch() throws Exception {
        mvc.perform(post("/requests/" + requestId + "/messages").with(pages.as("partner-gt")).with(csrf())
                .param("text", MessageTranslationProcessIT.SPANISH_MESSAGE));
        assertThat(page("intake")).contains("message-translating", MessageTranslationProcessIT.SPANISH_MESSAGE);

        translator.complete(requestId, TranslationProcess.TASK_TRANSLATE_TEXT,
                Map.of("textKo", "시범 사업에 참여하는 지방자치단체 목록을 보냅니다.",
                        "textEn", "We send the list of the municipalities in the pilot."));

        // intake reads Korean (its account's language), the Spanish behind "Show the original"
        assertThat(page("intake")).contains("message-translated-note", "시범 사업에 참여하는 지방자치단체 목록을 보냅니다.",
                "message-original", MessageTranslationProcessIT.SPANISH_MESSAGE).doesNotContain("message-translating");
        assertThat(page("partner-gt")).contains(MessageTranslationProcessIT.SPANISH_MESSAGE)
                .doesNotContain("시범 사업에 참여하는", "We send the list", "message-translated-note");
    }

    @Test
    void anOfficialMayAskForTheDeskWhenThePartnerAlsoReadsItsOwnLanguage() throws Exception {
        Long khmer = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("National ID " + java.util.UUID
                .randomUUID()));
        String intakePage = mvc.perform(get("/requests/" + khmer).with(pages.as("intake"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(intakePage).contains("id=\"translate\"").doesNotContain("id=\"translation-always\"");
        String partnerPage = mvc.perform(get("/requests/" + khmer).with(pages.as("partner-kh"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(partnerPage).doesNotContain("id=\"translate\"");

        mvc.perform(post("/requests/" + khmer + "/messages").with(pages.as("intake")).with(csrf())
                .param("text", MessageTranslationProcessIT.ENGLISH_MESSAGE).param("translate", "true"));

        assertThat(mvc.perform(get("/requests/" + khmer).with(pages.as("partner-kh"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(MessageTranslationProcessIT.ENGLISH_MESSAGE);
        assertThat(translator.tasks(khmer, TranslationProcess.TASK_TRANSLATE_TEXT)).hasSize(1);
    }

    private String page(String user) throws Exception {
        return mvc.perform(get("/requests/" + requestId).with(pages.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
