package org.coopflow.screening;

/** Task and field names of the screening stage (bpmn/requestScreening.bpmn, bpmn/forms/screenRequest.form). */
public final class ScreeningProcess {

    public static final String TASK_SCREEN = "screenRequest";
    public static final String FIELD_DECISION = "screeningDecision";
    public static final String FIELD_REASON = "screeningReason";
    public static final String FIELD_LEAD_AGENCY = "leadAgency";
    public static final String FIELD_SUPPORTING_AGENCIES = "supportingAgencies";

    private ScreeningProcess() {
    }
}
