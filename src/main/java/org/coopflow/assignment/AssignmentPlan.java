package org.coopflow.assignment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.coopflow.request.RequestAgency;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/** Collections and conditions of the expert assignment model ({@code ${assignmentPlan.nominees(execution)}}). */
@Component("assignmentPlan")
public class AssignmentPlan {

    private final RequestLifecycle lifecycle;
    private final Assignments assignments;

    AssignmentPlan(RequestLifecycle lifecycle, Assignments assignments) {
        this.lifecycle = lifecycle;
        this.assignments = assignments;
    }

    /** The lead agency first, then the supporting ones: one nomination task each. */
    public List<String> involvedAgencies(DelegateExecution execution) {
        return lifecycle.agencies(RequestProcess.requestId(execution)).stream().map(RequestAgency::agencyCode).toList();
    }

    public List<String> nominees(DelegateExecution execution) {
        return assignments.pendingNominees(RequestProcess.requestId(execution), agency(execution));
    }

    public boolean needsReplacement(DelegateExecution execution) {
        return assignments.needsReplacement(RequestProcess.requestId(execution), agency(execution));
    }

    private static String agency(DelegateExecution execution) {
        return (String) execution.getVariable(AssignmentProcess.VAR_AGENCY);
    }
}
