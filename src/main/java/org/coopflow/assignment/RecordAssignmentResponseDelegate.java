package org.coopflow.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** Records an expert's accept or decline. */
@Component
class RecordAssignmentResponseDelegate implements JavaDelegate {

    private final Assignments assignments;

    RecordAssignmentResponseDelegate(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AssignmentStatus answer = "ACCEPT".equals(execution.getVariable("assignmentDecision"))
                ? AssignmentStatus.ACCEPTED : AssignmentStatus.DECLINED;
        assignments.respond(RequestProcess.requestId(execution), (String) execution.getVariable(RequestProcess.VAR_AGENCY),
                (String) execution.getVariable(RequestProcess.VAR_EXPERT), answer, null);
    }
}
