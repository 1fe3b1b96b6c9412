package org.coopflow.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** approveClosure completed: the manager's decision to close the request or return the evaluation. */
@Component
class RecordClosureDecisionTaskListener implements TaskListener {

    private final FollowUps followUps;
    private final EngineIdentity engineIdentity;

    RecordClosureDecisionTaskListener(FollowUps followUps, EngineIdentity engineIdentity) {
        this.followUps = followUps;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        followUps.decideClosure(RequestProcess.requestId(task),
                input.requiredChoice(FollowUpProcess.VAR_CLOSURE_DECISION, FollowUpProcess.CLOSURE_DECISIONS),
                input.text(FollowUpProcess.VAR_CLOSURE_COMMENT), engineIdentity.actorOf(task));
    }
}
