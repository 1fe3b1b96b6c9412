package org.coopflow.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/**
 * The partner's answer reached the screening again, whichever way it came: the answerClarification task completed,
 * or the ClarificationAnswered message (API) interrupted it. Both paths meet at the gateway this listens on.
 */
@Component
class RecordClarificationAnswerListener implements ExecutionListener {

    private final Screenings screenings;
    private final EngineIdentity engineIdentity;

    RecordClarificationAnswerListener(Screenings screenings, EngineIdentity engineIdentity) {
        this.screenings = screenings;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateExecution execution) {
        screenings.answer(RequestProcess.requestId(execution),
                StepInput.of(execution).requiredText(ScreeningProcess.VAR_CLARIFICATION_ANSWER), engineIdentity.actor());
        execution.removeVariable(ScreeningProcess.VAR_CLARIFICATION_ANSWER);
    }
}
