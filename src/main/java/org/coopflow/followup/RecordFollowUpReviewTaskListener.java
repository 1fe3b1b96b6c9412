package org.coopflow.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** reviewFollowUpProgress completed: the lead coordinator's assessment of this round's report. */
@Component
class RecordFollowUpReviewTaskListener implements TaskListener {

    private final FollowUps followUps;
    private final EngineIdentity engineIdentity;

    RecordFollowUpReviewTaskListener(FollowUps followUps, EngineIdentity engineIdentity) {
        this.followUps = followUps;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        followUps.review(RequestProcess.requestId(task), RecordFollowUpReportTaskListener.round(input),
                input.requiredChoice(FollowUpProcess.VAR_REVIEW_ASSESSMENT, FollowUpProcess.ASSESSMENTS),
                input.requiredText(FollowUpProcess.VAR_REVIEW_COMMENT), engineIdentity.actorOf(task));
    }
}
