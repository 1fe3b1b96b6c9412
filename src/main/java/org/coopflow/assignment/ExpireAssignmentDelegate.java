package org.coopflow.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.form.StepInput;
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
        StepInput input = StepInput.of(execution);
        assignments.respond(RequestProcess.requestId(execution), input.text(AssignmentProcess.VAR_AGENCY),
                input.text(AssignmentProcess.VAR_EXPERT), AssignmentStatus.EXPIRED, null);
    }
}
