package org.coopflow.screening;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** screenRequest completed: intake's decision, its reason and any routing override become a screening record. */
@Component
class RecordScreeningDecisionTaskListener implements TaskListener {

    private final Screenings screenings;
    private final EngineIdentity engineIdentity;

    RecordScreeningDecisionTaskListener(Screenings screenings, EngineIdentity engineIdentity) {
        this.screenings = screenings;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        screenings.decide(RequestProcess.requestId(task), task.getId(),
                input.requiredChoice(ScreeningProcess.VAR_DECISION, ScreeningProcess.DECISIONS),
                input.text(ScreeningProcess.VAR_REASON), input.text(ScreeningProcess.VAR_LEAD_AGENCY),
                input.codesIfAnswered(ScreeningProcess.VAR_SUPPORTING_AGENCIES), engineIdentity.actorOf(task));
    }
}
