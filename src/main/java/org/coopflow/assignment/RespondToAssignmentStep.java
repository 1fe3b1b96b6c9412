package org.coopflow.assignment;

import java.util.Map;
import java.util.Set;

import org.coopflow.request.RequestProcess;
import org.coopflow.tasklist.TaskContext;
import org.coopflow.tasklist.TaskStepHandler;
import org.springframework.stereotype.Component;

/** An expert's reason for declining is kept with the nomination, for the coordinator who replaces them. */
@Component
class RespondToAssignmentStep implements TaskStepHandler {

    private final Assignments assignments;

    RespondToAssignmentStep(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of("respondToAssignment");
    }

    @Override
    public void completed(TaskContext task, Map<String, Object> values) {
        Object reason = values.get("declineReason");
        if (reason != null && "DECLINE".equals(values.get("assignmentDecision"))) {
            assignments.noteReason(task.requestId(), task.variable(RequestProcess.VAR_AGENCY),
                    task.variable(RequestProcess.VAR_EXPERT), reason.toString());
        }
    }
}
