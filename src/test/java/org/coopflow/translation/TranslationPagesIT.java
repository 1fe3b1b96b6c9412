package org.coopflow.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;

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
 * The translation desk's page for a Spanish request and what officials and the partner then read: only the desk opens
 * the task (the partner, intake, another agency's coordinator and managers get Page not found); a missing text comes
 * back with its error and changes nothing; intake reads the verified Korean with the original behind a switch, while
 * the partner reads its original only.
 */
class TranslationPagesIT extends MariaDbIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    Translations translations;

    Pages pages;
    Api translator;
    Long requestId;
    String taskId;

    @BeforeEach
    void spanishRequest() {
        pages = new Pages(users);
        translator = new Api(rest, "translator");
        requestId = new Api(rest, "partner-gt").submitNew(TranslationProcessIT.spanishRequest());
        taskId = translator.taskId(requestId, TranslationProcess.TASK_TRANSLATE);
    }

    @Test
    void theDeskSeesTheOriginalBesideTheFormWithTheGlossaryTermsItUses() throws Exception {
        String page = mvc.perform(get("/translation/tasks/" + taskId).with(pages.as("translator")))
                .andExpect(status().isOk()).andExpect(view().name(TranslationDeskPages.VIEW_DESK)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"original-description\"", "Queremos conocer cómo Corea usa el registro civil",
                "id=\"glossary-terms\"", "registro civil", "주민등록", "resident registration", "documento de identidad",
                "id=\"claim-translation\"").doesNotContain("id=\"machine-draft\"", "disaster management");
    }

    @Test
    void nobodyButTheDeskOpensTheTranslationTask() throws Exception {
        for (String outsider : new String[]{"partner-gt", "partner-kh", "intake", "coord-mois", "manager"}) {
            mvc.perform(get("/translation/tasks/" + taskId).with(pages.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/translation/tasks/" + taskId).with(pages.as(outsider)).with(csrf())
                    .param("titleKo", "가")).andExpect(status().isNotFound());
        }
        assertThat(translations.of(requestId)).get().extracting(RequestTranslation::status)
                .isEqualTo(TranslationStatus.REQUESTED);
    }

    @Test
    void aMissingTextComesBackWithItsErrorAndNothingIsVerified() throws Exception {
        mvc.perform(post("/translation/tasks/" + taskId + "/claim").with(pages.as("translator")).with(csrf()))
                .andExpect(redirectedUrl("/translation/tasks/" + taskId));
        String page = mvc.perform(post("/translation/tasks/" + taskId).with(pages.as("translator")).with(csrf())
                        .param("titleKo", "재외 국민 온라인 주민등록").param("titleEn", "Online civil registration abroad")
                        .param("descriptionKo", "").param("descriptionEn", "Births registered online."))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"error-summary\"", "id=\"descriptionKo-error\"", "재외 국민 온라인 주민등록");
        assertThat(translations.verified(requestId)).isEmpty();
    }

    @Test
    void intakeReadsTheKoreanWithTheOriginalBehindASwitchWhileThePartnerReadsItsOriginal() throws Exception {
        String before = page("intake");
        assertThat(before).contains("id=\"awaiting-translation\"").doesNotContain("id=\"translated-text\"");

        mvc.perform(post("/translation/tasks/" + taskId + "/claim").with(pages.as("translator")).with(csrf()));
        mvc.perform(post("/translation/tasks/" + taskId).with(pages.as("translator")).with(csrf())
                        .param("titleKo", "재외 과테말라 국민을 위한 온라인 주민등록")
                        .param("descriptionKo", "해외에 사는 국민이 영사관에서 온라인으로 출생을 등록하기를 바랍니다.")
                        .param("titleEn", "Online civil registration for Guatemalans abroad")
                        .param("descriptionEn", "Guatemalans abroad should register births online at the consulates."))
                .andExpect(redirectedUrl("/tasks"));

        assertThat(page("intake")).contains("id=\"request-title\">재외 과테말라 국민을 위한 온라인 주민등록<",
                "id=\"translated-text\" lang=\"ko\"", "해외에 사는 국민이 영사관에서",
                "<details id=\"original-switch\">", "Queremos conocer cómo Corea usa el registro civil");
        assertThat(page("partner-gt")).contains("id=\"request-title\">" + TranslationProcessIT.SPANISH_TITLE,
                        "Queremos conocer cómo Corea usa el registro civil")
                .doesNotContain("id=\"translated-text\"", "해외에 사는 국민이 영사관에서", "Guatemalans abroad should");
    }

    private String page(String user) throws Exception {
        return mvc.perform(get("/requests/" + requestId).with(pages.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
