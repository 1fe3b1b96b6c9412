package org.coopflow.translation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** checkLanguage: a request in neither Korean nor English goes to the translation desk. */
@Component
class CheckLanguageDelegate implements JavaDelegate {

    private final Translations translations;

    CheckLanguageDelegate(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(TranslationProcess.VAR_NEEDED,
                translations.requestIfNeeded(RequestProcess.requestId(execution)));
    }
}
