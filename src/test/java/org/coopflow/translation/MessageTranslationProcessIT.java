package org.coopflow.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Both paths of bpmn/messageTranslation.bpmn on a request of GT-MINGOB, which reads only Spanish: an official's
 * message is held at the translation desk — the partner neither sees it nor hears of it — until the desk's Spanish is
 * verified, then sent with it; a partner's Spanish message reaches officials at once and gets the desk's Korean and
 * English beside it. The API shows officials both texts, the partner only its own language.
 */
class MessageTranslationProcessIT extends MariaDbIntegrationTest {

    static final String ENGLISH_MESSAGE = "Dear colleagues, we need the list of the municipalities that will take part "
            + "in the pilot of online resident registration, and the name of your focal point for it.";
    static final String SPANISH_OF_IT = "Estimados colegas: necesitamos la lista de los municipios que participarán en "
            + "el piloto del registro civil en línea y el nombre de su punto focal.";
    static final String SPANISH_MESSAGE = "Les enviamos la lista de los municipios que participan en el piloto. Nuestra "
            + "punto focal para el registro civil en línea es la señora Ana López, de la dirección de informática.";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService history;
    @Autowired
    TextTranslations translations;
    @Autowired
    JdbcTemplate jdbc;

    private Api partner;
    private Api intake;
    private Api translator;
    private Long requestId;

    @BeforeEach
    void spanishRequestInScreening() {
        partner = new Api(rest, "partner-gt");
        intake = new Api(rest, "intake");
        translator = new Api(rest, "translator");
        requestId = partner.submitNew(TranslationProcessIT.spanishRequest());
        translator.complete(requestId, TranslationProcess.TASK_TRANSLATE, TranslationProcessIT.verified());
    }

    @Test
    void anOfficialsMessageIsHeldAtTheDeskAndSentToThePartnerOnlyWithItsVerifiedTranslation() {
        ResponseEntity<Map<String, Object>> posted = intake.post("/api/v1/requests/" + requestId + "/messages",
                Map.of("text", ENGLISH_MESSAGE));
        assertThat(posted.getStatusCode().value()).isEqualTo(201);
        assertThat(posted.getBody().get("status")).isEqualTo("AT_DESK");
        Long messageId = ((Number) posted.getBody().get("id")).longValue();
        TextTranslation held = translations.ofMessage(messageId).orElseThrow();
        assertThat(held.direction()).isEqualTo(TextTranslation.Direction.TO_PARTNER);
        assertThat(held.sourceLanguage()).isEqualTo("en");
        assertThat(held.targetLanguage()).isEqualTo("es");
        ProcessInstance instance = instanceOf(held);
        assertThat(instance).isWaitingAt(TranslationProcess.TASK_TRANSLATE_TEXT);
        assertThat(task(TranslationProcess.TASK_TRANSLATE_TEXT, instance)).hasCandidateGroup("translator");
        assertThat(task(TranslationProcess.TASK_TRANSLATE_TEXT, instance).getDueDate()).isNotNull();

        // the partner sees nothing of it and is told nothing yet; officials see it "with the translation desk"
        assertThat(messages(partner)).extracting(m -> m.get("id")).doesNotContain(messageId.intValue());
        assertThat(partnerItemsAbout(messageId)).isEmpty();
        assertThat(messages(intake)).filteredOn(m -> messageId.equals(((Number) m.get("id")).longValue()))
                .singleElement().satisfies(m -> assertThat(m.get("status")).isEqualTo("AT_DESK"));

        translator.complete(requestId, TranslationProcess.TASK_TRANSLATE_TEXT, Map.of("textPartner", SPANISH_OF_IT));

        assertThat(instance).hasPassed(TranslationProcess.TASK_TRANSLATE_TEXT, "sendMessage", "messageSent")
                .hasNotPassed("translationShown").isEnded();
        // the partner reads the desk's Spanish, never the English draft
        assertThat(messages(partner)).filteredOn(m -> messageId.equals(((Number) m.get("id")).longValue()))
                .singleElement().satisfies(m -> {
                    assertThat(m.get("body")).isEqualTo(SPANISH_OF_IT);
                    assertThat(m).doesNotContainKey("translation");
                });
        assertThat(messages(partner)).extracting(m -> m.get("body")).doesNotContain(ENGLISH_MESSAGE);
        // officials read both: the original and the translation sent
        assertThat(messages(intake)).filteredOn(m -> messageId.equals(((Number) m.get("id")).longValue()))
                .singleElement().satisfies(m -> {
                    assertThat(m.get("body")).isEqualTo(ENGLISH_MESSAGE);
                    assertThat(m.get("status")).isEqualTo("SENT");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> translation = (Map<String, Object>) m.get("translation");
                    assertThat(translation).containsEntry("text", SPANISH_OF_IT).containsEntry("targetLanguage", "es")
                            .containsEntry("verified", true).containsEntry("verifiedBy", "translator");
                });
        // the partner hears of it now, once, with the beginning of the Spanish
        assertThat(partnerItemsAbout(messageId)).singleElement()
                .satisfies(note -> assertThat(note).startsWith("Estimados colegas"));
        assertThat(intake.history(requestId)).extracting(e -> e.get("eventType"))
                .containsSubsequence("MESSAGE_HELD", "TEXT_TRANSLATED", "MESSAGE_POSTED");
        assertThat(intake.history(requestId)).filteredOn(e -> "TEXT_TRANSLATED".equals(e.get("eventType")))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("actor")).isEqualTo("translator");
                    assertThat(e.get("decision")).isEqualTo("TO_PARTNER");
                });
    }

    @Test
    void aPartnersSpanishMessageReachesOfficialsAtOnceAndGetsTheDesksKoreanAndEnglish() {
        ResponseEntity<Map<String, Object>> posted = partner.post("/api/v1/requests/" + requestId + "/messages",
                Map.of("text", SPANISH_MESSAGE));
        assertThat(posted.getBody().get("status")).isEqualTo("SENT");
        Long messageId = ((Number) posted.getBody().get("id")).longValue();
        TextTranslation pending = translations.ofMessage(messageId).orElseThrow();
        assertThat(pending.direction()).isEqualTo(TextTranslation.Direction.TO_OFFICIALS);
        assertThat(pending.sourceLanguage()).isEqualTo("es");
        ProcessInstance instance = instanceOf(pending);
        assertThat(instance).isWaitingAt(TranslationProcess.TASK_TRANSLATE_TEXT);
        assertThat(messages(intake)).extracting(m -> m.get("body")).contains(SPANISH_MESSAGE);

        translator.complete(requestId, TranslationProcess.TASK_TRANSLATE_TEXT,
                Map.of("textKo", "시범 사업에 참여하는 지방자치단체 목록을 보냅니다.",
                        "textEn", "We send the list of the municipalities in the pilot."));

        assertThat(instance).hasPassed("translationShown").hasNotPassed("sendMessage").isEnded();
        assertThat(messages(intake)).filteredOn(m -> messageId.equals(((Number) m.get("id")).longValue()))
                .singleElement().satisfies(m -> {
                    assertThat(m.get("body")).isEqualTo(SPANISH_MESSAGE);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> translation = (Map<String, Object>) m.get("translation");
                    assertThat(translation).containsEntry("direction", "TO_OFFICIALS")
                            .containsEntry("textKo", "시범 사업에 참여하는 지방자치단체 목록을 보냅니다.")
                            .containsEntry("textEn", "We send the list of the municipalities in the pilot.");
                });
        // the partner reads its own words, nothing of the desk's
        assertThat(messages(partner)).filteredOn(m -> messageId.equals(((Number) m.get("id")).longValue()))
                .singleElement().satisfies(m -> {
                    assertThat(m.get("body")).isEqualTo(SPANISH_MESSAGE);
                    assertThat(m).doesNotContainKey("translation");
                });
    }

    @Test
    void aPartnersEnglishMessageAndAnOfficialsMessageToAnEnglishReadingPartnerNeedNoDesk() {
        Api khmerPartner = new Api(rest, "partner-kh");
        Long english = khmerPartner.submitNew(Api.nationalIdRequest("National ID cards " + java.util.UUID.randomUUID()));
        ResponseEntity<Map<String, Object>> fromPartner = khmerPartner.post("/api/v1/requests/" + english
                + "/messages", Map.of("text", ENGLISH_MESSAGE));
        ResponseEntity<Map<String, Object>> fromIntake = intake.post("/api/v1/requests/" + english + "/messages",
                Map.of("text", ENGLISH_MESSAGE));

        assertThat(fromIntake.getBody().get("status")).isEqualTo("SENT");
        assertThat(translations.ofMessage(((Number) fromPartner.getBody().get("id")).longValue())).isEmpty();
        assertThat(translations.ofMessage(((Number) fromIntake.getBody().get("id")).longValue())).isEmpty();
        // KH-MOI also reads Khmer: an official may ask for the desk; a partner that reads only English has no such choice
        ResponseEntity<Map<String, Object>> asked = intake.post("/api/v1/requests/" + english + "/messages",
                Map.of("text", ENGLISH_MESSAGE, "translate", true));
        assertThat(asked.getBody().get("status")).isEqualTo("AT_DESK");
        assertThat(translations.ofMessage(((Number) asked.getBody().get("id")).longValue())).get()
                .extracting(TextTranslation::targetLanguage).isEqualTo("km");
    }

    @Test
    void aSpanishClarificationAnswerIsTranslatedForIntakeWhileScreeningGoesOn() throws Exception {
        intake.complete(requestId, "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "How many consulates should offer the online registration?"));
        ResponseEntity<Map<String, Object>> answered = partner.post("/api/v1/requests/" + requestId
                + "/clarification", Map.of("text", SPANISH_MESSAGE));
        assertThat(answered.getStatusCode().is2xxSuccessful()).as(answered.toString()).isTrue();
        // screening does not wait for the desk: intake has the request again at once
        assertThat(intake.tasks(requestId, "screenRequest")).hasSize(1);
        Long clarificationId = jdbc.queryForObject("SELECT id FROM clarification WHERE request_id = ?", Long.class,
                requestId);
        TextTranslation pending = translations.ofAnswer(clarificationId).orElseThrow();
        assertThat(pending.subject()).isEqualTo(TextTranslation.Subject.CLARIFICATION_ANSWER);
        assertThat(pending.sourceLanguage()).isEqualTo("es");
        ProcessInstance instance = instanceOf(pending);

        translator.complete(requestId, TranslationProcess.TASK_TRANSLATE_TEXT,
                Map.of("textKo", "지방자치단체 목록을 보냅니다.", "textEn", "We send the list of municipalities."));

        assertThat(instance).hasPassed("translationShown").hasNotPassed("sendMessage").isEnded();
        assertThat(translations.ofAnswer(clarificationId).orElseThrow().textEn())
                .isEqualTo("We send the list of municipalities.");
        assertThat(intake.history(requestId)).filteredOn(e -> "TEXT_TRANSLATED".equals(e.get("eventType")))
                .singleElement().satisfies(e -> assertThat(e.get("decision")).isEqualTo("TO_OFFICIALS_ANSWER"));
    }

    @Test
    void aMessageStillAtTheDeskWhenTheRequestEndsIsNeverSent() {
        Long messageId = ((Number) intake.post("/api/v1/requests/" + requestId + "/messages",
                Map.of("text", ENGLISH_MESSAGE)).getBody().get("id")).longValue();
        ProcessInstance instance = instanceOf(translations.ofMessage(messageId).orElseThrow());

        ResponseEntity<Map<String, Object>> withdrawn = partner.post("/api/v1/requests/" + requestId + "/withdraw",
                Map.of("reason", "Nuestro ministerio ya no necesita esta cooperación."));
        assertThat(withdrawn.getStatusCode().is2xxSuccessful()).as(withdrawn.toString()).isTrue();

        assertThat(instance).isEnded();
        assertThat(translator.tasks(requestId, TranslationProcess.TASK_TRANSLATE_TEXT)).isEmpty();
        // officials (a manager reads every request, also a withdrawn one) see it was never sent
        assertThat(messages(new Api(rest, "manager"))).filteredOn(m -> messageId.equals(((Number) m.get("id"))
                .longValue())).singleElement().satisfies(m -> assertThat(m.get("status")).isEqualTo("NOT_SENT"));
        assertThat(messages(partner)).extracting(m -> m.get("id")).doesNotContain(messageId.intValue());
        assertThat(partnerItemsAbout(messageId)).isEmpty();
    }

    @Test
    void aMissingTranslationIsRefusedAndTheMessageStaysAtTheDesk() {
        Long messageId = ((Number) intake.post("/api/v1/requests/" + requestId + "/messages",
                Map.of("text", ENGLISH_MESSAGE)).getBody().get("id")).longValue();
        String taskId = translator.taskId(requestId, TranslationProcess.TASK_TRANSLATE_TEXT);
        translator.post("/api/v1/tasks/" + taskId + "/claim", null);

        ResponseEntity<Map<String, Object>> refused = translator.post("/api/v1/tasks/" + taskId + "/complete",
                Map.of("textKo", "한국어만"));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().toString()).contains("textPartner");
        assertThat(translations.ofMessage(messageId).orElseThrow().verified()).isFalse();
        assertThat(messages(partner)).extracting(m -> m.get("id")).doesNotContain(messageId.intValue());
        assertThat(partnerItemsAbout(messageId)).isEmpty();
    }

    private List<Map<String, Object>> messages(Api reader) {
        ResponseEntity<List<Map<String, Object>>> response = reader.getList("/api/v1/requests/" + requestId
                + "/messages");
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.toString()).isTrue();
        return response.getBody();
    }

    /** The notes of GT-MINGOB's inbox items about this message. */
    private List<String> partnerItemsAbout(Long messageId) {
        return jdbc.queryForList("SELECT i.note FROM inbox_item i JOIN group_membership g ON g.username = i.username"
                + " WHERE g.group_id = 'partner:GT-MINGOB' AND i.kind = 'MESSAGE_POSTED' AND i.subject_id = ?",
                String.class, messageId);
    }

    private static ProcessInstance instanceOf(TextTranslation translation) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(TranslationProcess.PROCESS_TEXT)
                .variableValueEquals(TranslationProcess.VAR_TEXT_TRANSLATION_ID, translation.id()).singleResult();
    }
}
