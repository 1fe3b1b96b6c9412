package org.coopflow.request;

/** Names shared between the models in bpmn/ and the code (docs/process.md is the full contract). */
public final class RequestProcess {

    public static final String PROCESS_KEY = "cooperationRequest";

    public static final String MESSAGE_WITHDRAWN = "RequestWithdrawn";
    public static final String MESSAGE_PARTNER_MESSAGE = "PartnerMessagePosted";
    public static final String MESSAGE_CLARIFICATION_ANSWERED = "ClarificationAnswered";

    public static final String VAR_REQUEST_ID = "requestId";
    public static final String VAR_REFERENCE = "reference";
    public static final String VAR_SECTOR = "sector";
    public static final String VAR_URGENT = "urgent";
    public static final String VAR_PARTNER_GROUP = "partnerGroup";
    public static final String VAR_LEAD_AGENCY = "leadAgency";
    public static final String VAR_AGENCY = "agency";
    public static final String VAR_EXPERT = "expert";

    public static final String TASK_ANSWER_CLARIFICATION = "answerClarification";

    private RequestProcess() {
    }

    public static String partnerGroup(String partnerOrg) {
        return "partner:" + partnerOrg;
    }

    public static Long requestId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Object id = scope.getVariable(VAR_REQUEST_ID);
        return id == null ? null : ((Number) id).longValue();
    }
}
