package org.coopflow.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** Intake declined: the request ends as DECLINED with intake's reason, and the partner is told. */
@Component
class DeclineRequestDelegate implements JavaDelegate {

    private final Screenings screenings;

    DeclineRequestDelegate(Screenings screenings) {
        this.screenings = screenings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        screenings.decline(RequestProcess.requestId(execution));
    }
}
