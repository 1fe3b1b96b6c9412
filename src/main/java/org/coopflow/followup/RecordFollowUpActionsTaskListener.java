package org.coopflow.followup;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** defineFollowUpActions completed: each row of the list becomes a follow-up action with its own due date. */
@Component
class RecordFollowUpActionsTaskListener implements TaskListener {

    private final FollowUps followUps;
    private final EngineIdentity engineIdentity;

    RecordFollowUpActionsTaskListener(FollowUps followUps, EngineIdentity engineIdentity) {
        this.followUps = followUps;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        List<FollowUps.NewAction> actions = StepInput.of(task).rows(FollowUpProcess.VAR_ACTIONS).stream()
                .map(RecordFollowUpActionsTaskListener::action).toList();
        followUps.defineActions(RequestProcess.requestId(task), actions, engineIdentity.actorOf(task));
    }

    private static FollowUps.NewAction action(Map<String, Object> row) {
        StepInput input = StepInput.of(row);
        try {
            return new FollowUps.NewAction(
                    input.requiredChoice(FollowUpProcess.FIELD_ACTION_TYPE, FollowUpProcess.ACTION_TYPES),
                    input.requiredText(FollowUpProcess.FIELD_ACTION_DESCRIPTION),
                    input.requiredText(FollowUpProcess.FIELD_ACTION_OWNER),
                    input.requiredDate(FollowUpProcess.FIELD_ACTION_DUE));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(FollowUpProcess.VAR_ACTIONS, "followup.actions.incomplete");
        }
    }
}
