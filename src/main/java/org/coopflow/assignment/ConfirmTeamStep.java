package org.coopflow.assignment;

import java.util.Map;
import java.util.Set;

import org.coopflow.request.RequestProcess;
import org.coopflow.tasklist.TaskContext;
import org.coopflow.tasklist.TaskStepHandler;
import org.springframework.stereotype.Component;

/** The team is confirmed only with a lead expert who accepted and belongs to the lead agency. */
@Component
class ConfirmTeamStep implements TaskStepHandler {

    private final Assignments assignments;

    ConfirmTeamStep(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("confirmTeam");
    }

    @Override
    public void validate(TaskContext task, Map<String, Object> values, Map<String, String> errors) {
        if (!"CONFIRM".equals(values.get("teamDecision"))) {
            return;
        }
        String leadAgency = task.variable(RequestProcess.VAR_LEAD_AGENCY);
        Object leadExpert = values.get("leadExpert");
        boolean fromLeadAgency = assignments.accepted(task.requestId()).stream()
                .anyMatch(a -> a.expertUsername().equals(leadExpert) && a.agencyCode().equals(leadAgency));
        if (!fromLeadAgency) {
            errors.put("leadExpert", "assignment.leadExpert.notFromLeadAgency");
        }
    }

    @Override
    public void completed(TaskContext task, Map<String, Object> values) {
        if ("CONFIRM".equals(values.get("teamDecision"))) {
            assignments.chooseLeadExpert(task.requestId(), (String) values.get("leadExpert"), task.user().username());
        }
    }
}
