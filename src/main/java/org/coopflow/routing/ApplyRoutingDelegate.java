package org.coopflow.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** Writes the routing decision (lead and supporting agencies) to the request; the process keeps the lead. */
@Component
class ApplyRoutingDelegate implements JavaDelegate {

    /** The routing decision's result variable (businessRuleTask routeRequest), removed once applied. */
    static final String VAR_ROUTING = "routing";

    private final RequestLifecycle lifecycle;

    ApplyRoutingDelegate(RequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long requestId = RequestProcess.requestId(execution);
        @SuppressWarnings("unchecked")
        Map<String, Object> routing = (Map<String, Object>) execution.getVariable(VAR_ROUTING);
        String lead = routing == null ? null : blankToNull((String) routing.get("leadAgency"));
        List<String> supporting = routing == null ? List.of() : codes((String) routing.get("supportingAgencies"));
        lifecycle.route(requestId, lead, supporting, null);
        if (lead != null) {
            execution.setVariable(RequestProcess.VAR_LEAD_AGENCY, lead);
        }
        execution.removeVariable(VAR_ROUTING);
    }

    static List<String> codes(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
