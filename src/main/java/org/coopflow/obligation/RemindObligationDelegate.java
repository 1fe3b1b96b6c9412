package org.coopflow.obligation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An obligation falls due soon: the responsible party is reminded. */
@Component
class RemindObligationDelegate implements JavaDelegate {

    private final Obligations obligations;

    RemindObligationDelegate(Obligations obligations) {
        this.obligations = obligations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        obligations.remind(OccurrenceVariables.occurrenceId(execution));
    }
}
