package org.coopflow.consultation;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** giveFeedback completed: the partner's satisfaction and wishes (MOU, follow-up) become a feedback record. */
@Component
class RecordFeedbackTaskListener implements TaskListener {

    private static final List<String> YES_NO = List.of(ConsultationProcess.YES, ConsultationProcess.NO);

    private final Consultations consultations;
    private final EngineIdentity engineIdentity;

    RecordFeedbackTaskListener(Consultations consultations, EngineIdentity engineIdentity) {
        this.consultations = consultations;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        consultations.giveFeedback(RequestProcess.requestId(task),
                Integer.parseInt(input.requiredChoice(ConsultationProcess.VAR_SATISFACTION,
                        ConsultationProcess.SATISFACTION)),
                ConsultationProcess.YES.equals(input.requiredChoice(ConsultationProcess.VAR_WANTS_MOU, YES_NO)),
                ConsultationProcess.YES.equals(input.requiredChoice(ConsultationProcess.VAR_WANTS_FOLLOW_UP, YES_NO)),
                input.text(ConsultationProcess.VAR_FEEDBACK_COMMENT), engineIdentity.actorOf(task));
    }
}
