package org.coopflow.screening;

import java.util.Map;
import java.util.Set;

import org.coopflow.request.RequestAgency;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.tasklist.TaskContext;
import org.coopflow.tasklist.TaskStepHandler;
import org.springframework.stereotype.Component;

/** Accepting a request needs a lead agency: the routing decision's, or one intake chooses (sector OTHER). */
@Component
class ScreeningStep implements TaskStepHandler {

    private final RequestLifecycle lifecycle;

    ScreeningStep(RequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(ScreeningProcess.TASK_SCREEN);
    }

    @Override
    public void validate(TaskContext task, Map<String, Object> values, Map<String, String> errors) {
        boolean accepting = "ACCEPT".equals(values.get(ScreeningProcess.FIELD_DECISION));
        boolean routed = lifecycle.agencies(task.requestId()).stream().anyMatch(RequestAgency::lead);
        if (accepting && !routed && values.get(ScreeningProcess.FIELD_LEAD_AGENCY) == null) {
            errors.put(ScreeningProcess.FIELD_LEAD_AGENCY, "screening.leadAgency.required");
        }
    }
}
