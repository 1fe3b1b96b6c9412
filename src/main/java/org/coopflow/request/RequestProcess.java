package org.coopflow.request;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names the request core shares with the main model (bpmn/cooperationRequest.bpmn) and every stage: the process key,
 * the variables every instance carries, the withdrawal message. Each stage keeps its own names in its own
 * {@code ...Process} class; docs/process.md is the whole contract.
 */
public final class RequestProcess {

    public static final String PROCESS_KEY = "cooperationRequest";

    public static final String MESSAGE_WITHDRAWN = "RequestWithdrawn";

    public static final String VAR_REQUEST_ID = "requestId";
    public static final String VAR_REFERENCE = "reference";
    public static final String VAR_SECTOR = "sector";
    public static final String VAR_URGENT = "urgent";
    public static final String VAR_PARTNER_GROUP = "partnerGroup";
    public static final String VAR_LEAD_AGENCY = "leadAgency";

    /** Candidate-group prefixes of the identity model (coordinator:MOIS, expert:NEC, partner:KH-MOI). */
    public static final String GROUP_PARTNER = "partner:";
    public static final String GROUP_COORDINATOR = "coordinator:";
    public static final String GROUP_EXPERT = "expert:";
    public static final String GROUP_INTAKE = "intake";
    public static final String GROUP_MANAGER = "manager";
    public static final String GROUP_LEGAL = "legal";

    private RequestProcess() {
    }

    public static String partnerGroup(String partnerOrg) {
        return GROUP_PARTNER + partnerOrg;
    }

    public static String coordinatorGroup(String agency) {
        return GROUP_COORDINATOR + agency;
    }

    public static Long requestId(VariableScope scope) {
        Object id = scope.getVariable(VAR_REQUEST_ID);
        return id == null ? null : ((Number) id).longValue();
    }

    public static String reference(VariableScope scope) {
        return (String) scope.getVariable(VAR_REFERENCE);
    }

    public static String leadAgency(VariableScope scope) {
        return (String) scope.getVariable(VAR_LEAD_AGENCY);
    }
}
