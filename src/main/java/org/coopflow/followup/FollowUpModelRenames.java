package org.coopflow.followup;

import java.util.Map;

import org.coopflow.system.ActivityRenames;
import org.springframework.stereotype.Component;

/** Version 2.0 of followUp asks for all actions in one task: instances waiting in the old one continue there. */
@Component
class FollowUpModelRenames implements ActivityRenames {

    @Override
    public String processKey() {
        return FollowUpProcess.PROCESS_KEY;
    }

    @Override
    public Map<String, String> renamedActivities() {
        return Map.of(FollowUpProcess.TASK_DEFINE_ACTION_BEFORE_2_0, FollowUpProcess.TASK_DEFINE_ACTIONS);
    }
}
