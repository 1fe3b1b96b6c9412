package org.coopflow.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestClosure;
import org.coopflow.request.RequestProcess;
import org.coopflow.request.RequestStatus;
import org.springframework.stereotype.Component;

/** The partner did not answer the clarification in time: the request ends as LAPSED. */
@Component
class LapseRequestDelegate implements JavaDelegate {

    private final RequestClosure closure;

    LapseRequestDelegate(RequestClosure closure) {
        this.closure = closure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closure.close(RequestProcess.requestId(execution), RequestStatus.LAPSED, null);
    }
}
