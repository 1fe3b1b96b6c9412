package org.coopflow.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts reporting rounds; the model loops while {@code followUpRound < timers.followUpRounds}. */
@Component
class StartFollowUpRoundDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Object round = execution.getVariable(FollowUpProcess.VAR_ROUND);
        execution.setVariable(FollowUpProcess.VAR_ROUND, round == null ? 1 : ((Number) round).intValue() + 1);
    }
}
