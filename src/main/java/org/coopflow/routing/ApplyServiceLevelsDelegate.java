package org.coopflow.routing;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Turns the service-level decision into the screening due date and the partner's answer periods. */
@Component
class ApplyServiceLevelsDelegate implements JavaDelegate {

    private final DueDates dueDates;

    ApplyServiceLevelsDelegate(DueDates dueDates) {
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> levels = (Map<String, Object>) execution.getVariable("serviceLevel");
        execution.setVariable("screeningDue", dueDates.afterWorkingDays(days(levels, "screeningDays")));
        execution.setVariable("clarificationDays", days(levels, "clarificationDays"));
        execution.setVariable("feedbackDays", days(levels, "feedbackDays"));
        execution.setVariable("mouReviewDays", days(levels, "mouReviewDays"));
        execution.removeVariable("serviceLevel");
    }

    private static Integer days(Map<String, Object> levels, String key) {
        Object value = levels.get(key);
        if (value == null) {
            throw new IllegalStateException("The serviceLevels decision gave no " + key);
        }
        return ((Number) value).intValue();
    }
}
