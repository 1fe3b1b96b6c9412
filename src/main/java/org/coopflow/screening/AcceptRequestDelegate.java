package org.coopflow.screening;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.audit.AuditTrail;
import org.coopflow.request.RequestAgency;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** Intake accepted: applies intake's routing override, if any, to the request. */
@Component
class AcceptRequestDelegate implements JavaDelegate {

    private final RequestLifecycle lifecycle;
    private final AuditTrail audit;

    AcceptRequestDelegate(RequestLifecycle lifecycle, AuditTrail audit) {
        this.lifecycle = lifecycle;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long requestId = RequestProcess.requestId(execution);
        List<RequestAgency> routed = lifecycle.agencies(requestId);
        String routedLead = routed.stream().filter(RequestAgency::lead).map(RequestAgency::agencyCode).findFirst()
                .orElse(null);
        List<String> routedSupporting = routed.stream().filter(a -> !a.lead()).map(RequestAgency::agencyCode).toList();

        String lead = (String) execution.getVariable(ScreeningProcess.FIELD_LEAD_AGENCY);
        String supportingOverride = (String) execution.getVariable(ScreeningProcess.FIELD_SUPPORTING_AGENCIES);
        List<String> supporting = supportingOverride == null ? routedSupporting
                : List.of(supportingOverride.split(","));
        if (lead == null) {
            lead = routedLead;
        }
        if (!java.util.Objects.equals(lead, routedLead) || !supporting.equals(routedSupporting)) {
            lifecycle.route(requestId, lead, supporting);
            audit.record(requestId, AuditTrail.SYSTEM, "ROUTING_OVERRIDDEN", "lead " + lead + ", supporting " + supporting);
        }
        execution.setVariable(RequestProcess.VAR_LEAD_AGENCY, lead);
    }
}
