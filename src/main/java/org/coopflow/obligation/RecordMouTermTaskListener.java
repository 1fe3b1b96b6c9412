package org.coopflow.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.coopflow.form.StepInput;
import org.coopflow.mou.MouProcess;
import org.coopflow.request.RequestProcess;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Component;

/**
 * recordMouSigning completed (after the signing itself is recorded): the MOU's term — in force from (the date of
 * signing when left empty), expiry and renewal notice — and each row of the obligations list become the register's
 * records, and each obligation's first occurrence is scheduled. A broken rule is the field's error and the signing
 * is not recorded either (one transaction).
 */
@Component
class RecordMouTermTaskListener implements TaskListener {

    private final Obligations obligations;
    private final EngineIdentity engineIdentity;

    RecordMouTermTaskListener(Obligations obligations, EngineIdentity engineIdentity) {
        this.obligations = obligations;
        this.engineIdentity = engineIdentity;
    }

    @Override
    public void notify(DelegateTask task) {
        StepInput input = StepInput.of(task);
        java.time.LocalDate inForceFrom = input.date(ObligationProcess.VAR_IN_FORCE_FROM);
        Obligations.NewTerm term = new Obligations.NewTerm(
                inForceFrom != null ? inForceFrom : input.requiredDate(MouProcess.VAR_SIGNING_DATE),
                input.date(ObligationProcess.VAR_EXPIRES_ON), input.number(ObligationProcess.VAR_RENEWAL_NOTICE_DAYS));
        List<Map<String, Object>> rows = input.rows(ObligationProcess.VAR_OBLIGATIONS);
        List<Obligations.NewObligation> entered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            entered.add(obligation(i, StepInput.of(rows.get(i))));
        }
        obligations.recordAtSigning(RequestProcess.requestId(task), term, entered, engineIdentity.actorOf(task));
    }

    /** One row; a missing or malformed value is reported at its cell. */
    private static Obligations.NewObligation obligation(int row, StepInput input) {
        try {
            return new Obligations.NewObligation(input.requiredText(ObligationProcess.FIELD_CLAUSE),
                    input.requiredText(ObligationProcess.FIELD_DESCRIPTION),
                    input.requiredText(ObligationProcess.FIELD_PARTY),
                    Recurrence.valueOf(input.requiredChoice(ObligationProcess.FIELD_RECURRENCE,
                            ObligationProcess.RECURRENCES)),
                    input.requiredDate(ObligationProcess.FIELD_FIRST_DUE));
        } catch (InvalidInputException e) {
            Map.Entry<String, String> error = e.fieldErrors().entrySet().iterator().next();
            throw new InvalidInputException(Obligations.cell(row, error.getKey()), error.getValue());
        }
    }
}
