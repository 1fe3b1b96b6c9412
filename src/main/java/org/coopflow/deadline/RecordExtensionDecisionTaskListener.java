package org.coopflow.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** decideExtension completed: the decision on the request for more time (and the comment) is recorded. */
@Component
class RecordExtensionDecisionTaskListener implements TaskListener {

    private final Extensions extensions;
    private final EngineIdentity engineIdentity;

    RecordExtensionDecisionTaskListener(Extensions extensions, EngineIdentity engineIdentity) {
        this.extensions = extensions;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        extensions.decide(((Number) task.getVariable(DeadlineProcess.VAR_EXTENSION_ID)).longValue(),
                input.requiredChoice(DeadlineProcess.VAR_DECISION, DeadlineProcess.DECISIONS),
                input.text(DeadlineProcess.VAR_COMMENT), engineIdentity.actorOf(task));
    }
}
