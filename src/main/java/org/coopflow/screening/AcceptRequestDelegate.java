package org.coopflow.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** Intake accepted (its routing is recorded with the decision): the lead agency carries the process on. */
@Component
class AcceptRequestDelegate implements JavaDelegate {

    private final RequestLifecycle lifecycle;

    AcceptRequestDelegate(RequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(RequestProcess.VAR_LEAD_AGENCY, lifecycle.leadAgency(RequestProcess.requestId(execution)));
    }
}
