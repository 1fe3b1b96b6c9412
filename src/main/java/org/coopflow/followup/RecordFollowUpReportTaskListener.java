package org.coopflow.followup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** reportFollowUpProgress completed: the partner's report of this round, with its word on each action. */
@Component
class RecordFollowUpReportTaskListener implements TaskListener {

    private final FollowUps followUps;
    private final EngineIdentity engineIdentity;

    RecordFollowUpReportTaskListener(FollowUps followUps, EngineIdentity engineIdentity) {
        this.followUps = followUps;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        Map<Long, String> statuses = new LinkedHashMap<>();
        for (Map<String, Object> row : input.rows(FollowUpProcess.VAR_ACTION_PROGRESS)) {
            StepInput progress = StepInput.of(row);
            String action = progress.text(FollowUpProcess.FIELD_PROGRESS_ACTION);
            String status = progress.choice(FollowUpProcess.FIELD_PROGRESS_STATUS, FollowUpProcess.PROGRESS_STATUSES);
            if (action == null || status == null) {
                throw new InvalidInputException(FollowUpProcess.VAR_ACTION_PROGRESS, "followup.progress.incomplete");
            }
            statuses.put(actionId(action), status);
        }
        followUps.report(RequestProcess.requestId(task), round(input),
                input.requiredChoice(FollowUpProcess.VAR_PROGRESS_STATUS, FollowUpProcess.PROGRESS_STATUSES),
                input.requiredText(FollowUpProcess.VAR_PROGRESS_REPORT), statuses, engineIdentity.actorOf(task));
    }

    static int round(StepInput input) {
        Integer round = input.number(FollowUpProcess.VAR_ROUND);
        return round == null ? 1 : round;
    }

    private static Long actionId(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FollowUpProcess.VAR_ACTION_PROGRESS, "form.invalidOption");
        }
    }
}
