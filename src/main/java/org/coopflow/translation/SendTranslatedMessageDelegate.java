package org.coopflow.translation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** sendMessage: the official's message goes to the partner now, with the desk's verified translation. */
@Component
class SendTranslatedMessageDelegate implements JavaDelegate {

    private final TextTranslations translations;

    SendTranslatedMessageDelegate(TextTranslations translations) {
        this.translations = translations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        translations.sendTranslatedMessage(
                ((Number) execution.getVariable(TranslationProcess.VAR_TEXT_TRANSLATION_ID)).longValue());
    }
}
