package org.coopflow.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Screening is overdue: managers are reminded (intake keeps the task; no takeover). */
@Component
class EscalateScreeningDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    EscalateScreeningDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new ScreeningEscalated(RequestProcess.requestId(execution)));
    }
}
