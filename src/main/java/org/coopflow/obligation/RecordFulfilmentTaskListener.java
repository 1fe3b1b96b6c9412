package org.coopflow.obligation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** fulfilObligation completed: the occurrence is met, with the evidence (a document of the request) and a note. */
@Component
class RecordFulfilmentTaskListener implements TaskListener {

    private final Obligations obligations;
    private final EngineIdentity engineIdentity;

    RecordFulfilmentTaskListener(Obligations obligations, EngineIdentity engineIdentity) {
        this.obligations = obligations;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        obligations.fulfil(OccurrenceVariables.occurrenceId(task), documentId(input.text(ObligationProcess.VAR_EVIDENCE)),
                input.text(ObligationProcess.VAR_NOTE), engineIdentity.actorOf(task));
    }

    private static Long documentId(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(ObligationProcess.VAR_EVIDENCE, "form.invalidOption");
        }
    }
}
