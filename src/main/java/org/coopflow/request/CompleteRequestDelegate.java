package org.coopflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The manager approved the closure: the request is COMPLETED. */
@Component
class CompleteRequestDelegate implements JavaDelegate {

    private final RequestLifecycle lifecycle;

    CompleteRequestDelegate(RequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.close(RequestProcess.requestId(execution), RequestStatus.COMPLETED, null);
    }
}
