package org.coopflow.assignment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** Records the coordinator's nominations as a new round of this agency's assignments. */
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
        String nominated = (String) execution.getVariable("nominatedExperts");
        assignments.nominate(RequestProcess.requestId(execution), (String) execution.getVariable(RequestProcess.VAR_AGENCY),
                nominated == null ? List.of() : List.of(nominated.split(",")), engineIdentity.currentUserId());
    }
}
