package org.coopflow.consultation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** confirmConsultationPlan completed: the partner's answer is kept with the plan revision it answers. */
@Component
class RecordPlanAnswerTaskListener implements TaskListener {

    private final Consultations consultations;
    private final EngineIdentity engineIdentity;

    RecordPlanAnswerTaskListener(Consultations consultations, EngineIdentity engineIdentity) {
        this.consultations = consultations;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        consultations.answerPlan(RequestProcess.requestId(task),
                input.requiredChoice(ConsultationProcess.VAR_PLAN_DECISION, ConsultationProcess.PLAN_DECISIONS),
                input.text(ConsultationProcess.VAR_PLAN_COMMENT), engineIdentity.actorOf(task));
    }
}
