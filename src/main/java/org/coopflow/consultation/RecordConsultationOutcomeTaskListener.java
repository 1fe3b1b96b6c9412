package org.coopflow.consultation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** recordConsultationOutcome completed: the lead expert's report becomes the consultation's outcome record. */
@Component
class RecordConsultationOutcomeTaskListener implements TaskListener {

    private final Consultations consultations;
    private final EngineIdentity engineIdentity;

    RecordConsultationOutcomeTaskListener(Consultations consultations, EngineIdentity engineIdentity) {
        this.consultations = consultations;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        consultations.recordOutcome(RequestProcess.requestId(task),
                !Boolean.FALSE.equals(input.yesNo(ConsultationProcess.VAR_HELD)),
                input.requiredText(ConsultationProcess.VAR_REPORT), input.text(ConsultationProcess.VAR_QUESTIONS_ANSWERED),
                engineIdentity.actorOf(task));
    }
}
