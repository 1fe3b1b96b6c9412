package org.coopflow.screening;

import java.util.List;

/**
 * Names of the screening stage shared with bpmn/requestScreening.bpmn and its forms (screenRequest.form,
 * answerClarification.form): task keys, variables, the message that carries the partner's answer.
 */
public final class ScreeningProcess {

    public static final String PROCESS_KEY = "requestScreening";

    public static final String TASK_SCREEN = "screenRequest";
    public static final String TASK_ANSWER_CLARIFICATION = "answerClarification";

    public static final String VAR_DECISION = "screeningDecision";
    public static final String VAR_REASON = "screeningReason";
    public static final String VAR_LEAD_AGENCY = "leadAgency";
    public static final String VAR_SUPPORTING_AGENCIES = "supportingAgencies";
    public static final String VAR_CLARIFICATION_ANSWER = "clarificationAnswer";

    public static final String MESSAGE_CLARIFICATION_ANSWERED = "ClarificationAnswered";

    public static final String ACCEPT = "ACCEPT";
    public static final String CLARIFY = "CLARIFY";
    public static final String DECLINE = "DECLINE";
    public static final List<String> DECISIONS = List.of(ACCEPT, CLARIFY, DECLINE);

    private ScreeningProcess() {
    }
}
