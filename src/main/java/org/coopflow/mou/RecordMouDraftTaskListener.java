package org.coopflow.mou;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** draftMou completed: the draft becomes the next MOU version (every version is kept). */
@Component
class RecordMouDraftTaskListener implements TaskListener {

    private final MouVersions versions;
    private final EngineIdentity engineIdentity;

    RecordMouDraftTaskListener(MouVersions versions, EngineIdentity engineIdentity) {
        this.versions = versions;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        versions.addVersion(RequestProcess.requestId(task), input.requiredText(MouProcess.VAR_TITLE),
                input.requiredText(MouProcess.VAR_TEXT), input.text(MouProcess.VAR_CHANGE_SUMMARY),
                engineIdentity.actorOf(task));
    }
}
