package org.coopflow.translation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** translateMessage completed: the desk's text becomes the verified translation of the message or answer. */
@Component
class RecordTextTranslationTaskListener implements TaskListener {

    private final TextTranslations translations;
    private final EngineIdentity engineIdentity;

    RecordTextTranslationTaskListener(TextTranslations translations, EngineIdentity engineIdentity) {
        this.translations = translations;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        translations.verify(((Number) task.getVariable(TranslationProcess.VAR_TEXT_TRANSLATION_ID)).longValue(),
                input.text(TranslationProcess.VAR_TEXT_PARTNER), input.text(TranslationProcess.VAR_TEXT_KO),
                input.text(TranslationProcess.VAR_TEXT_EN), engineIdentity.actorOf(task));
    }
}
