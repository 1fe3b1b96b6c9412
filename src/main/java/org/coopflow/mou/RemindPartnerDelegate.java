package org.coopflow.mou;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The partner's MOU review is overdue: a reminder, the task stays open. */
@Component
class RemindPartnerDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    RemindPartnerDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new MouReviewReminded(RequestProcess.requestId(execution)));
    }
}
