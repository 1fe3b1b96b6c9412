package org.coopflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The partner withdrew: the request ends as WITHDRAWN (its open tasks ended with the interrupted process). */
@Component
class WithdrawRequestDelegate implements JavaDelegate {

    private final RequestLifecycle lifecycle;

    WithdrawRequestDelegate(RequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.close(RequestProcess.requestId(execution), RequestStatus.WITHDRAWN, null);
    }
}
