package org.coopflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The partner withdrew: the request ends as WITHDRAWN and everyone involved is told. */
@Component
class WithdrawRequestDelegate implements JavaDelegate {

    private final RequestClosure closure;

    WithdrawRequestDelegate(RequestClosure closure) {
        this.closure = closure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closure.close(RequestProcess.requestId(execution), RequestStatus.WITHDRAWN, null);
    }
}
