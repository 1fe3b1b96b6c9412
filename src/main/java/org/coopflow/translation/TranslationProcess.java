package org.coopflow.translation;

import java.util.Set;

/**
 * Names of the translation step shared with bpmn/requestTranslation.bpmn and its form (translateRequest.form): the
 * process key, the desk's task and group, the variables. docs/process.md has the whole contract.
 */
public final class TranslationProcess {

    public static final String PROCESS_KEY = "requestTranslation";

    public static final String TASK_TRANSLATE = "translateRequest";

    /** The MOIS translation desk's candidate group (role TRANSLATOR). */
    public static final String GROUP_DESK = "translator";

    public static final String VAR_NEEDED = "translationNeeded";
    public static final String VAR_TITLE_KO = "titleKo";
    public static final String VAR_TITLE_EN = "titleEn";
    public static final String VAR_DESCRIPTION_KO = "descriptionKo";
    public static final String VAR_DESCRIPTION_EN = "descriptionEn";

    /** bpmn/messageTranslation.bpmn: a message or a clarification answer through the desk. */
    public static final String PROCESS_TEXT = "messageTranslation";
    public static final String TASK_TRANSLATE_TEXT = "translateMessage";
    public static final String VAR_TEXT_TRANSLATION_ID = "textTranslationId";
    /** TO_PARTNER (the message is sent once translated) or TO_OFFICIALS. */
    public static final String VAR_DIRECTION = "translationDirection";
    public static final String VAR_TEXT_PARTNER = "textPartner";
    public static final String VAR_TEXT_KO = "textKo";
    public static final String VAR_TEXT_EN = "textEn";

    /** The languages officials read; a request written in one of them needs no translation. */
    public static final Set<String> OFFICIAL_LANGUAGES = Set.of("ko", "en");

    private TranslationProcess() {
    }
}
