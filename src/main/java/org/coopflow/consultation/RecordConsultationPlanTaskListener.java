package org.coopflow.consultation;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.reference.ReferenceData;
import org.coopflow.request.RequestProcess;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/** planConsultation completed: a new revision of the plan, which the partner is then asked to confirm. */
@Component
class RecordConsultationPlanTaskListener implements TaskListener {

    private final Consultations consultations;
    private final EngineIdentity engineIdentity;
    private final ReferenceData reference;

    RecordConsultationPlanTaskListener(Consultations consultations, EngineIdentity engineIdentity,
                                       ReferenceData reference) {
        this.consultations = consultations;
        this.engineIdentity = engineIdentity;
        this.reference = reference;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        consultations.plan(RequestProcess.requestId(task),
                input.requiredChoice(ConsultationProcess.VAR_MODALITY, offeredModalities()),
                input.requiredDate(ConsultationProcess.VAR_START), input.date(ConsultationProcess.VAR_END),
                input.text(ConsultationProcess.VAR_PLACE), input.requiredText(ConsultationProcess.VAR_AGENDA),
                engineIdentity.actorOf(task));
    }

    /** The modalities an ADMIN has not retired (the form offers the same). */
    private List<String> offeredModalities() {
        return reference.modalities(Locale.ROOT).stream().map(ReferenceData.Option::code).toList();
    }
}
