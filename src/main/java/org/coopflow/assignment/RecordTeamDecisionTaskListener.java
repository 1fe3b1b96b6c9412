package org.coopflow.assignment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** confirmTeam completed: the team decision (and the lead expert) becomes an assignment record. */
@Component
class RecordTeamDecisionTaskListener implements TaskListener {

    private final Assignments assignments;
    private final EngineIdentity engineIdentity;

    RecordTeamDecisionTaskListener(Assignments assignments, EngineIdentity engineIdentity) {
        this.assignments = assignments;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        assignments.decideTeam(RequestProcess.requestId(task), task.getId(),
                input.requiredChoice(AssignmentProcess.VAR_TEAM_DECISION, AssignmentProcess.TEAM_DECISIONS),
                input.text(AssignmentProcess.VAR_LEAD_EXPERT), input.text(AssignmentProcess.VAR_TEAM_NOTE),
                engineIdentity.actorOf(task));
    }
}
