package org.coopflow.mou;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.request.RequestProcess;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** recordMouSigning completed: date, place, signatories and the signed copy become the signing record. */
@Component
class RecordMouSigningTaskListener implements TaskListener {

    private final MouVersions versions;
    private final EngineIdentity engineIdentity;

    RecordMouSigningTaskListener(MouVersions versions, EngineIdentity engineIdentity) {
        this.versions = versions;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        versions.sign(RequestProcess.requestId(task), input.requiredDate(MouProcess.VAR_SIGNING_DATE),
                input.text(MouProcess.VAR_SIGNING_PLACE), input.requiredText(MouProcess.VAR_SIGNATORIES),
                documentId(input.text(MouProcess.VAR_SIGNED_COPY)), engineIdentity.actorOf(task));
    }

    private static Long documentId(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(MouProcess.VAR_SIGNED_COPY, "form.invalidOption");
        }
    }
}
