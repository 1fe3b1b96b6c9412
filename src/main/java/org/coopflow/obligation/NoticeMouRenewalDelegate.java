package org.coopflow.obligation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The MOU's renewal notice period begins: the lead coordinator and the managers are told. */
@Component
class NoticeMouRenewalDelegate implements JavaDelegate {

    private final Obligations obligations;

    NoticeMouRenewalDelegate(Obligations obligations) {
        this.obligations = obligations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        obligations.noticeRenewal(OccurrenceVariables.termId(execution));
    }
}
