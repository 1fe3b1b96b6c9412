package org.coopflow.mou;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.audit.AuditTrail;
import org.coopflow.notification.Notifier;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** The partner's MOU review is overdue: a reminder, the task stays open. */
@Component
class RemindPartnerDelegate implements JavaDelegate {

    private final Notifier notifier;
    private final AuditTrail audit;

    RemindPartnerDelegate(Notifier notifier, AuditTrail audit) {
        this.notifier = notifier;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long requestId = RequestProcess.requestId(execution);
        String reference = (String) execution.getVariable(RequestProcess.VAR_REFERENCE);
        notifier.notifyGroups(requestId, List.of((String) execution.getVariable(RequestProcess.VAR_PARTNER_GROUP)),
                "mouReviewOverdue", reference);
        audit.record(requestId, AuditTrail.SYSTEM, "PARTNER_REMINDED", "MOU review overdue");
    }
}
