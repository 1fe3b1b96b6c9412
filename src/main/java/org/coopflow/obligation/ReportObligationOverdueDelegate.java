package org.coopflow.obligation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The fulfilment is past its deadline: recorded as overdue (the lead coordinator and the managers are told). */
@Component
class ReportObligationOverdueDelegate implements JavaDelegate {

    private final Obligations obligations;

    ReportObligationOverdueDelegate(Obligations obligations) {
        this.obligations = obligations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        obligations.markOverdue(OccurrenceVariables.occurrenceId(execution));
    }
}
