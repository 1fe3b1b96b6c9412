package org.coopflow.obligation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An obligation's date came: it is due, and the model learns the task's deadline and who works on it. */
@Component
class OpenOccurrenceDelegate implements JavaDelegate {

    private final Obligations obligations;

    OpenOccurrenceDelegate(Obligations obligations) {
        this.obligations = obligations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Obligations.DueOccurrence due = obligations.comeDue(OccurrenceVariables.occurrenceId(execution));
        execution.setVariable(ObligationProcess.VAR_FULFIL_BY, due.fulfilBy());
        execution.setVariable(ObligationProcess.VAR_RESPONSIBLE_GROUP, due.responsibleGroup());
    }
}
