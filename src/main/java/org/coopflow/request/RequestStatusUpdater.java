package org.coopflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ${requestStatus.update(execution, 'SCREENING')}} in the models' execution listeners. */
@Component("requestStatus")
public class RequestStatusUpdater {

    private final RequestLifecycle lifecycle;

    RequestStatusUpdater(RequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public void update(DelegateExecution execution, String status) {
        lifecycle.moveTo(RequestProcess.requestId(execution), RequestStatus.valueOf(status));
    }
}
