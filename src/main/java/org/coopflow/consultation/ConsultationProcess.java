package org.coopflow.consultation;

import java.util.List;

/**
 * Names of the consultation stage shared with bpmn/consultation.bpmn and its forms (planConsultation,
 * confirmConsultationPlan, recordConsultationOutcome, giveFeedback), and with the main model's gateways on the
 * partner's wishes.
 */
public final class ConsultationProcess {

    public static final String PROCESS_KEY = "consultation";

    public static final String TASK_PLAN = "planConsultation";
    public static final String TASK_CONFIRM_PLAN = "confirmConsultationPlan";
    public static final String TASK_RECORD_OUTCOME = "recordConsultationOutcome";
    public static final String TASK_GIVE_FEEDBACK = "giveFeedback";

    public static final String VAR_MODALITY = "consultationModality";
    /** First day of the consultation (ISO date): the process waits until then. */
    public static final String VAR_START = "consultationStart";
    public static final String VAR_END = "consultationEnd";
    public static final String VAR_PLACE = "consultationPlace";
    public static final String VAR_AGENDA = "agenda";
    public static final String VAR_PLAN_DECISION = "planDecision";
    public static final String VAR_PLAN_COMMENT = "planComment";
    public static final String VAR_REPORT = "consultationReport";
    public static final String VAR_QUESTIONS_ANSWERED = "questionsAnswered";
    public static final String VAR_HELD = "consultationHeld";
    public static final String VAR_SATISFACTION = "satisfaction";
    /** YES/NO: read by the main model's gateways (cooperationRequest.bpmn). */
    public static final String VAR_WANTS_MOU = "wantsMou";
    public static final String VAR_WANTS_FOLLOW_UP = "wantsFollowUp";
    public static final String VAR_FEEDBACK_COMMENT = "feedbackComment";

    public static final String CONFIRM = "CONFIRM";
    public static final String CHANGE = "CHANGE";
    public static final List<String> PLAN_DECISIONS = List.of(CONFIRM, CHANGE);
    public static final String YES = "YES";
    public static final String NO = "NO";
    public static final List<String> SATISFACTION = List.of("1", "2", "3", "4", "5");

    private ConsultationProcess() {
    }
}
