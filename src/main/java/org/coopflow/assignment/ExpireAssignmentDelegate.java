package org.coopflow.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** The expert stayed silent: the nomination expires and the slot returns to the coordinator. */
@Component
class ExpireAssignmentDelegate implements JavaDelegate {

    private final Assignments assignments;

    ExpireAssignmentDelegate(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assignments.respond(RequestProcess.requestId(execution), (String) execution.getVariable(RequestProcess.VAR_AGENCY),
                (String) execution.getVariable(RequestProcess.VAR_EXPERT), AssignmentStatus.EXPIRED, null);
    }
}
