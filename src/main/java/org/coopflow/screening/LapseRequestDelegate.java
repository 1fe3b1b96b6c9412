package org.coopflow.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** The partner did not answer the clarification in time: the request ends as LAPSED. */
@Component
class LapseRequestDelegate implements JavaDelegate {

    private final Screenings screenings;

    LapseRequestDelegate(Screenings screenings) {
        this.screenings = screenings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        screenings.lapse(RequestProcess.requestId(execution));
    }
}
