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

    /** The languages officials read; a request written in one of them needs no translation. */
    public static final Set<String> OFFICIAL_LANGUAGES = Set.of("ko", "en");

    private TranslationProcess() {
    }
}
