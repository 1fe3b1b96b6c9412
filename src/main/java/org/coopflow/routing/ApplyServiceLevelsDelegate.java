package org.coopflow.routing;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.coopflow.calendar.CalendarKind;
import org.springframework.stereotype.Component;

/**
 * Turns the service-level decision into the screening due date and the partner's answer periods, each with the
 * calendar (KOREA or PARTNER) the decision names for it ({@code clarificationCalendar}, …) for the steps that count
 * working days.
 */
@Component
class ApplyServiceLevelsDelegate implements JavaDelegate {

    static final String[] LEVELS = {"screening", "clarification", "feedback", "mouReview"};

    private final DueDates dueDates;

    ApplyServiceLevelsDelegate(DueDates dueDates) {
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> levels = (Map<String, Object>) execution.getVariable("serviceLevel");
        for (String level : LEVELS) {
            execution.setVariable(level + "Calendar", calendar(levels, level + "Calendar"));
        }
        execution.setVariable("screeningDue", Date.from(dueDates.due(execution, calendar(levels, "screeningCalendar"),
                ClockUtil.getCurrentTime().toInstant(), days(levels, "screeningDays"))));
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

    /** KOREA or PARTNER; a decision without the column (an older version) means Korean working days. */
    private static String calendar(Map<String, Object> levels, String key) {
        Object value = levels.get(key);
        String name = value == null ? CalendarKind.KOREA.name() : value.toString().strip();
        try {
            return CalendarKind.valueOf(name).name();
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("The serviceLevels decision gave " + key + " = " + name
                    + "; expected KOREA or PARTNER", unknown);
        }
    }
}
