package org.coopflow.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestClosure;
import org.coopflow.request.RequestProcess;
import org.coopflow.request.RequestStatus;
import org.coopflow.tasklist.FormSubmissions;
import org.springframework.stereotype.Component;

/** Intake declined: the request ends as DECLINED with intake's reason, and the partner is told. */
@Component
class DeclineRequestDelegate implements JavaDelegate {

    private final RequestClosure closure;
    private final FormSubmissions submissions;

    DeclineRequestDelegate(RequestClosure closure, FormSubmissions submissions) {
        this.closure = closure;
        this.submissions = submissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long requestId = RequestProcess.requestId(execution);
        String reason = submissions.latestValues(requestId, ScreeningProcess.TASK_SCREEN)
                .map(v -> (String) v.get(ScreeningProcess.FIELD_REASON)).orElse(null);
        closure.close(requestId, RequestStatus.DECLINED, reason);
    }
}
