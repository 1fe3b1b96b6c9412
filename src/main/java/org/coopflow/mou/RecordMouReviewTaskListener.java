package org.coopflow.mou;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/**
 * reviewMouLegal, reviewMouPartner or approveMouForSigning completed: the review of the latest version is recorded
 * with its reviewer (the task says which).
 */
@Component
class RecordMouReviewTaskListener implements TaskListener {

    private final MouVersions versions;
    private final EngineIdentity engineIdentity;

    RecordMouReviewTaskListener(MouVersions versions, EngineIdentity engineIdentity) {
        this.versions = versions;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        MouReviewer reviewer = MouReviewer.ofTask(task.getTaskDefinitionKey());
        StepInput input = StepInput.of(task);
        versions.review(RequestProcess.requestId(task), reviewer,
                input.requiredChoice(reviewer.decisionVariable(), MouProcess.REVIEW_DECISIONS),
                input.text(reviewer.commentsVariable()), engineIdentity.actorOf(task));
    }
}
