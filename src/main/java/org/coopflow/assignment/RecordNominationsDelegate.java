package org.coopflow.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** Records the coordinator's nominations (and note) as a new round of this agency's assignments. */
@Component
class RecordNominationsDelegate implements JavaDelegate {

    private final Assignments assignments;
    private final EngineIdentity engineIdentity;

    RecordNominationsDelegate(Assignments assignments, EngineIdentity engineIdentity) {
        this.assignments = assignments;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StepInput input = StepInput.of(execution);
        assignments.nominate(RequestProcess.requestId(execution), input.text(AssignmentProcess.VAR_AGENCY),
                input.codes(AssignmentProcess.VAR_NOMINATED_EXPERTS), input.text(AssignmentProcess.VAR_NOMINATION_NOTE),
                engineIdentity.actor());
    }
}
