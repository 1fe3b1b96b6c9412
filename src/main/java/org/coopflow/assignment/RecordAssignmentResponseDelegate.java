package org.coopflow.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** Records an expert's accept or decline (with the reason for declining). */
@Component
class RecordAssignmentResponseDelegate implements JavaDelegate {

    private final Assignments assignments;

    RecordAssignmentResponseDelegate(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StepInput input = StepInput.of(execution);
        AssignmentStatus answer = AssignmentProcess.ACCEPT.equals(
                input.requiredChoice(AssignmentProcess.VAR_ANSWER, AssignmentProcess.ANSWERS))
                ? AssignmentStatus.ACCEPTED : AssignmentStatus.DECLINED;
        assignments.respond(RequestProcess.requestId(execution), input.text(AssignmentProcess.VAR_AGENCY),
                input.text(AssignmentProcess.VAR_EXPERT), answer,
                answer == AssignmentStatus.DECLINED ? input.text(AssignmentProcess.VAR_DECLINE_REASON) : null);
    }
}
