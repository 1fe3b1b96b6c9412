package org.coopflow.obligation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The MOU's expiry date passed: it is no longer in force. */
@Component
class ExpireMouDelegate implements JavaDelegate {

    private final Obligations obligations;

    ExpireMouDelegate(Obligations obligations) {
        this.obligations = obligations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        obligations.expire(OccurrenceVariables.termId(execution));
    }
}
