package org.coopflow.consultation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.audit.AuditTrail;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** The partner gave no feedback in time: that counts as no MOU, follow-up wanted (PROCESS.md). */
@Component
class ApplyDefaultFeedbackDelegate implements JavaDelegate {

    private final AuditTrail audit;

    ApplyDefaultFeedbackDelegate(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("wantsMou", "NO");
        execution.setVariable("wantsFollowUp", "YES");
        audit.record(RequestProcess.requestId(execution), AuditTrail.SYSTEM, "FEEDBACK_DEFAULTED",
                "no feedback in time: no MOU, follow-up yes");
    }
}
