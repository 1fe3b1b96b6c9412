package org.coopflow.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The translation step (bpmn/requestTranslation.bpmn, called before screening in bpmn/cooperationRequest.bpmn), one
 * path per test: a Spanish request waits for the translation desk, whose verified texts are kept beside the original
 * and audited before intake screens it; an English request goes straight to screening.
 */
class TranslationProcessIT extends MariaDbIntegrationTest {

    private static final String MAIN = "cooperationRequest";

    static final String SPANISH_TITLE = "Registro civil en línea para los guatemaltecos en el extranjero";
    static final String SPANISH_DESCRIPTION = "El Registro Nacional de las Personas quiere que los guatemaltecos que "
            + "viven en el extranjero puedan inscribir nacimientos en línea desde los consulados. Queremos conocer cómo "
            + "Corea usa el registro civil y el documento de identidad en sus servicios en línea.";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessDriver driver;
    @Autowired
    HistoryService history;
    @Autowired
    Translations translations;

    private Api partner;
    private Api translator;
    private Api manager;

    @BeforeEach
    void users() {
        partner = new Api(rest, "partner-gt");
        translator = new Api(rest, "translator");
        manager = new Api(rest, "manager");
    }

    static Map<String, Object> spanishRequest() {
        Map<String, Object> body = new HashMap<>(Api.nationalIdRequest(SPANISH_TITLE + " " + UUID.randomUUID()));
        body.put("sector", "CIVIL_REGISTRATION");
        body.put("description", SPANISH_DESCRIPTION);
        body.put("languages", List.of("es"));
        return body;
    }

    static Map<String, Object> verified() {
        return Map.of("titleKo", "재외 과테말라 국민을 위한 온라인 주민등록",
                "descriptionKo", "과테말라 국가인적등록청은 해외에 사는 국민이 영사관에서 온라인으로 출생을 등록할 수 있기를 바랍니다.",
                "titleEn", "Online civil registration for Guatemalans abroad",
                "descriptionEn", "The National Registry of Persons wants Guatemalans abroad to register births online "
                        + "from the consulates.");
    }

    @Test
    void aSpanishRequestIsTranslatedByTheDeskBeforeScreening() {
        Long id = partner.submitNew(spanishRequest());
        String reference = (String) partner.request(id).get("reference");
        ProcessInstance main = driver.instance(reference, MAIN);
        ProcessInstance translation = driver.instance(reference, TranslationProcess.PROCESS_KEY);
        assertThat(main).isWaitingAt("translation");
        assertThat(translation).hasPassed("checkLanguage").isWaitingAt(TranslationProcess.TASK_TRANSLATE);
        assertThat(task(TranslationProcess.TASK_TRANSLATE, translation)).hasCandidateGroup("translator");
        assertThat(task(TranslationProcess.TASK_TRANSLATE, translation).getDueDate()).isNotNull();
        assertThat(partner.status(id)).isEqualTo("SUBMITTED");
        assertThat(translations.of(id)).get().satisfies(t -> {
            assertThat(t.sourceLanguage()).isEqualTo("es");
            assertThat(t.status()).isEqualTo(TranslationStatus.REQUESTED);
            assertThat(t.draftProvider()).as("no machine translation is configured").isNull();
            assertThat(t.titleKo()).isNull();
        });

        translator.complete(id, TranslationProcess.TASK_TRANSLATE, verified());

        assertThat(translation).hasPassed(TranslationProcess.TASK_TRANSLATE, "requestTranslated")
                .hasNotPassed("translationNotNeeded").isEnded();
        assertThat(main).hasPassed("translation").isWaitingAt("screening");
        assertThat(driver.instance(reference, "requestScreening")).isWaitingAt("screenRequest");
        RequestTranslation done = translations.verified(id).orElseThrow();
        assertThat(done.verifiedBy()).isEqualTo("translator");
        assertThat(done.titleEn()).isEqualTo("Online civil registration for Guatemalans abroad");
        assertThat(done.titleKo()).isEqualTo("재외 과테말라 국민을 위한 온라인 주민등록");
        // the original is untouched: the partner reads what it wrote
        assertThat((String) partner.request(id).get("description")).isEqualTo(SPANISH_DESCRIPTION);
        assertThat(manager.history(id)).extracting(e -> e.get("eventType"))
                .contains("TRANSLATION_REQUESTED", "TRANSLATION_VERIFIED");
        assertThat(manager.history(id)).filteredOn(e -> "TRANSLATION_VERIFIED".equals(e.get("eventType")))
                .singleElement().satisfies(e -> assertThat(e.get("actor")).isEqualTo("translator"));
    }

    @Test
    void anEnglishRequestGoesStraightToScreening() {
        Map<String, Object> body = Api.nationalIdRequest("National ID cards " + UUID.randomUUID());
        Long id = new Api(rest, "partner-kh").submitNew(body);
        String reference = (String) partner(id).get("reference");
        ProcessInstance main = driver.instance(reference, MAIN);

        assertThat(main).hasPassed("translation").isWaitingAt("screening");
        HistoricProcessInstance translation = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).processDefinitionKey(TranslationProcess.PROCESS_KEY)
                .singleResult();
        assertThat(translation.getEndTime()).isNotNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(translation.getId()).list())
                .extracting(a -> a.getActivityId()).contains("checkLanguage", "translationNotNeeded")
                .doesNotContain(TranslationProcess.TASK_TRANSLATE);
        assertThat(translations.of(id)).isEmpty();
    }

    private Map<String, Object> partner(Long id) {
        return new Api(rest, "partner-kh").request(id);
    }
}
