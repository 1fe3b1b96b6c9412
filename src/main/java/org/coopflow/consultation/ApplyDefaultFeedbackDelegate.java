package org.coopflow.consultation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** The partner gave no feedback in time: that counts as no MOU, follow-up wanted (PROCESS.md). */
@Component
class ApplyDefaultFeedbackDelegate implements JavaDelegate {

    private final Consultations consultations;

    ApplyDefaultFeedbackDelegate(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ConsultationProcess.VAR_WANTS_MOU, ConsultationProcess.NO);
        execution.setVariable(ConsultationProcess.VAR_WANTS_FOLLOW_UP, ConsultationProcess.YES);
        consultations.defaultFeedback(RequestProcess.requestId(execution));
    }
}
