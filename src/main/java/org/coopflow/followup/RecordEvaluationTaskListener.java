package org.coopflow.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** evaluateCooperation completed: the final evaluation and its lessons learned. */
@Component
class RecordEvaluationTaskListener implements TaskListener {

    private final FollowUps followUps;
    private final EngineIdentity engineIdentity;

    RecordEvaluationTaskListener(FollowUps followUps, EngineIdentity engineIdentity) {
        this.followUps = followUps;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        followUps.evaluate(RequestProcess.requestId(task),
                Integer.parseInt(input.requiredChoice(FollowUpProcess.VAR_RATING, FollowUpProcess.RATINGS)),
                input.requiredText(FollowUpProcess.VAR_EVALUATION_SUMMARY), input.text(FollowUpProcess.VAR_LESSONS_LEARNED),
                engineIdentity.actorOf(task));
    }
}
