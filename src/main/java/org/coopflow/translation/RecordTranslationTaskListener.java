package org.coopflow.translation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** translateRequest completed: the desk's Korean and English versions become the request's verified translation. */
@Component
class RecordTranslationTaskListener implements TaskListener {

    private final Translations translations;
    private final EngineIdentity engineIdentity;

    RecordTranslationTaskListener(Translations translations, EngineIdentity engineIdentity) {
        this.translations = translations;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        translations.verify(RequestProcess.requestId(task), input.requiredText(TranslationProcess.VAR_TITLE_KO),
                input.requiredText(TranslationProcess.VAR_TITLE_EN),
                input.requiredText(TranslationProcess.VAR_DESCRIPTION_KO),
                input.requiredText(TranslationProcess.VAR_DESCRIPTION_EN), engineIdentity.actorOf(task));
    }
}
