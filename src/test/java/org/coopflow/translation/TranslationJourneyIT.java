package org.coopflow.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopflow.support.Api;
import org.coopflow.support.Browser;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journeys in a real browser: Guatemala's ministry writes a request in Spanish; the translation desk takes it from its
 * task list, translates it at the desk with the glossary terms of the text shown beside it, and verifies; intake then
 * reads the request in Korean and switches to the Spanish original. Intake's message to the ministry waits at the desk,
 * goes out in Spanish, and the ministry reads only the Spanish while intake reads both.
 */
class TranslationJourneyIT extends MariaDbIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aSpanishRequestIsTranslatedAtTheDeskAndIntakeReadsItInKorean() {
        Long id = new Api(rest, "partner-gt").submitNew(TranslationProcessIT.spanishRequest());
        String reference = (String) new Api(rest, "partner-gt").request(id).get("reference");

        try (Browser desk = Browser.start(port, "ko")) {
            desk.signIn("translator");
            desk.open("/tasks?view=offered&country=GT");
            String row = "tr[data-reference='" + reference + "'][data-task-key='translateRequest']";
            desk.clickAndWait(By.cssSelector(row + " td:first-child a"));
            desk.clickAndWait(By.id("open-translation-desk"));
            assertThat(desk.path()).startsWith("/translation/tasks/");
            desk.clickAndWait(By.id("claim-translation"));

            // the partner's original beside the form, and the glossary terms it uses
            assertThat(desk.text(By.id("original-description"))).contains("registro civil");
            assertThat(desk.text(By.id("glossary-terms"))).contains("registro civil", "주민등록",
                    "resident registration");
            desk.type(By.id("titleKo"), "재외 과테말라 국민을 위한 온라인 주민등록")
                    .type(By.id("descriptionKo"), "해외에 사는 국민이 영사관에서 온라인으로 출생을 등록하기를 바랍니다.")
                    .type(By.id("titleEn"), "Online civil registration for Guatemalans abroad")
                    .type(By.id("descriptionEn"), "Guatemalans abroad should register births online at the consulates.");
            desk.screenshot("journey-translation-desk");
            desk.clickAndWait(By.id("verify-translation"));
            assertThat(desk.path()).isEqualTo("/tasks");
            assertThat(desk.text(By.id("notice"))).contains(reference);
        }

        try (Browser intake = Browser.start(port, "ko")) {
            intake.signIn("intake");
            intake.open("/requests/" + id);
            assertThat(intake.text(By.id("translated-description")))
                    .isEqualTo("해외에 사는 국민이 영사관에서 온라인으로 출생을 등록하기를 바랍니다.");
            assertThat(intake.find(By.id("translated-title")).getText()).contains("재외 과테말라 국민");
            assertThat(intake.all(By.id("original-description")).get(0).isDisplayed()).isFalse();

            intake.click(By.cssSelector("#original-switch summary"));
            assertThat(intake.text(By.id("original-description"))).startsWith("El Registro Nacional de las Personas");
            intake.screenshot("journey-translation-intake");
        }
    }

    /**
     * Intake writes to GT-MINGOB, which reads only Spanish: the message waits at the desk, the desk sends it in Spanish,
     * and the partner finds it in its inbox and reads the Spanish alone.
     */
    @Test
    void anOfficialsMessageIsTranslatedAtTheDeskAndThePartnerReadsItInSpanish() {
        Api partner = new Api(rest, "partner-gt");
        Long id = partner.submitNew(TranslationProcessIT.spanishRequest());
        String reference = (String) partner.request(id).get("reference");
        new Api(rest, "translator").complete(id, TranslationProcess.TASK_TRANSLATE, TranslationProcessIT.verified());

        try (Browser intake = Browser.start(port, "ko")) {
            intake.signIn("intake"); // reads Korean, the language kept with the account
            intake.open("/requests/" + id);
            assertThat(intake.text(By.id("translation-always"))).contains("스페인어");
            intake.type(By.id("text"), MessageTranslationProcessIT.ENGLISH_MESSAGE);
            intake.clickAndWait(By.cssSelector("#messages form button[type=submit]"));
            assertThat(intake.text(By.id("notice"))).contains("번역 담당");
            assertThat(intake.text(By.cssSelector("#messages .message-at-desk"))).contains("스페인어");
            intake.open("/requests/" + id + "#messages");
            intake.screenshot("journey-message-translation-official");
        }

        try (Browser desk = Browser.start(port, "ko")) {
            desk.signIn("translator");
            desk.open("/tasks?view=offered&country=GT");
            String row = "tr[data-reference='" + reference + "'][data-task-key='translateMessage']";
            desk.clickAndWait(By.cssSelector(row + " td:first-child a"));
            desk.clickAndWait(By.id("open-translation-desk"));
            desk.clickAndWait(By.id("claim-translation"));
            assertThat(desk.text(By.id("original-text"))).isEqualTo(MessageTranslationProcessIT.ENGLISH_MESSAGE);
            assertThat(desk.text(By.id("glossary-terms"))).contains("resident registration", "registro civil");
            desk.type(By.id("textPartner"), MessageTranslationProcessIT.SPANISH_OF_IT);
            desk.screenshot("journey-message-translation-desk");
            desk.clickAndWait(By.id("verify-translation"));
            assertThat(desk.path()).isEqualTo("/tasks");
            assertThat(desk.text(By.id("notice"))).contains(reference);
        }

        try (Browser guatemala = Browser.start(port, "es")) {
            guatemala.signIn("partner-gt");
            guatemala.open("/inbox");
            assertThat(guatemala.text(By.id("main"))).contains(reference, "Estimados colegas");
            guatemala.open("/requests/" + id);
            assertThat(guatemala.text(By.id("messages"))).contains(MessageTranslationProcessIT.SPANISH_OF_IT)
                    .doesNotContain(MessageTranslationProcessIT.ENGLISH_MESSAGE);
            guatemala.open("/requests/" + id + "#messages");
            guatemala.screenshot("journey-message-translation-partner");
        }

        // the official reads what was written and, beneath it, the Spanish that was sent
        try (Browser intake = Browser.start(port, "ko")) {
            intake.signIn("intake");
            intake.open("/requests/" + id + "#messages");
            assertThat(intake.all(By.cssSelector("#messages .message-at-desk"))).isEmpty();
            assertThat(intake.text(By.cssSelector("#messages .message-body")))
                    .isEqualTo(MessageTranslationProcessIT.ENGLISH_MESSAGE);
            assertThat(intake.text(By.cssSelector("#messages .message-sent-translation")))
                    .contains("스페인어", MessageTranslationProcessIT.SPANISH_OF_IT);
            intake.screenshot("journey-message-translation-sent");
        }
    }
}
