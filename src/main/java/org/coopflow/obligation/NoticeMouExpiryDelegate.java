package org.coopflow.obligation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The MOU expires soon: the lead coordinator and the managers are told. */
@Component
class NoticeMouExpiryDelegate implements JavaDelegate {

    private final Obligations obligations;

    NoticeMouExpiryDelegate(Obligations obligations) {
        this.obligations = obligations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        obligations.noticeExpiry(OccurrenceVariables.termId(execution));
    }
}
