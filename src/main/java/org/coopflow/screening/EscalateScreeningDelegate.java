package org.coopflow.screening;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.audit.AuditTrail;
import org.coopflow.notification.Notifier;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** Screening is overdue: managers get a reminder (intake keeps the task; no takeover). */
@Component
class EscalateScreeningDelegate implements JavaDelegate {

    private final Notifier notifier;
    private final AuditTrail audit;

    EscalateScreeningDelegate(Notifier notifier, AuditTrail audit) {
        this.notifier = notifier;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long requestId = RequestProcess.requestId(execution);
        String reference = (String) execution.getVariable(RequestProcess.VAR_REFERENCE);
        notifier.notifyGroups(requestId, List.of("manager", "intake"), "screeningOverdue", reference);
        audit.record(requestId, AuditTrail.SYSTEM, "SCREENING_ESCALATED", reference);
    }
}
