package org.coopflow.deadline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.coopflow.calendar.CalendarKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The two decisions every step's deadline comes from, read when the step opens (a change to a decision counts for
 * the steps opened after it): {@code serviceLevels} (working days and calendar, by step and urgency) and
 * {@code escalationLadder} (reminders, escalation, who is responsible, by step). A step the decisions do not list
 * gets no due date or no ladder (logged: the models' test keeps every user task listed).
 */
@Component
class ServiceLevels {

    private static final Logger log = LoggerFactory.getLogger(ServiceLevels.class);

    /** A step's service level: this many working days of this calendar. */
    record Level(int days, CalendarKind calendar) {
    }

    /** A step's escalation ladder. */
    record Ladder(BigDecimal reminderShare, boolean remindAtDue, Integer escalateAfterDays, String responsible) {
    }

    private final DecisionService decisions;

    ServiceLevels(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** A step's service level; null, with a warning, when the decision has no rule for it. */
    Level level(String step, boolean urgent) {
        return level(step, urgent, true);
    }

    /**
     * The service level of a step whose task has a due date of its own making (an obligation's fulfilment is due when
     * its MOU says): null, without a warning, when the decision does not list it.
     */
    Level levelIfListed(String step, boolean urgent) {
        return level(step, urgent, false);
    }

    private Level level(String step, boolean urgent, boolean warnIfUnlisted) {
        Map<String, Object> row = single(DeadlineProcess.DECISION_SERVICE_LEVELS, Variables.createVariables()
                .putValue(DeadlineProcess.INPUT_STEP, step).putValue(DeadlineProcess.INPUT_URGENT, urgent), step,
                warnIfUnlisted);
        if (row == null) {
            return null;
        }
        Object days = row.get(DeadlineProcess.OUTPUT_DAYS);
        Object calendar = row.get(DeadlineProcess.OUTPUT_CALENDAR);
        if (!(days instanceof Number n) || n.intValue() < 1) {
            throw new IllegalStateException("The serviceLevels decision gave no working days for " + step);
        }
        try {
            return new Level(n.intValue(), CalendarKind.valueOf(String.valueOf(calendar).strip()));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("The serviceLevels decision gave calendar " + calendar + " for " + step
                    + "; expected KOREA or PARTNER", unknown);
        }
    }

    Ladder ladder(String step) {
        Map<String, Object> row = single(DeadlineProcess.DECISION_ESCALATION_LADDER, Variables.createVariables()
                .putValue(DeadlineProcess.INPUT_STEP, step), step, true);
        if (row == null) {
            return null;
        }
        Object share = row.get(DeadlineProcess.OUTPUT_REMINDER_SHARE);
        Object atDue = row.get(DeadlineProcess.OUTPUT_REMIND_AT_DUE);
        Object after = row.get(DeadlineProcess.OUTPUT_ESCALATE_AFTER_DAYS);
        Object responsible = row.get(DeadlineProcess.OUTPUT_RESPONSIBLE);
        BigDecimal reminderShare = share instanceof Number n && n.doubleValue() > 0 && n.doubleValue() < 1
                ? BigDecimal.valueOf(n.doubleValue()) : null;
        return new Ladder(reminderShare, Boolean.TRUE.equals(atDue),
                after instanceof Number n && n.intValue() >= 0 ? n.intValue() : null,
                responsible == null ? Party.MANAGER.name() : Party.of(responsible.toString()).name());
    }

    private Map<String, Object> single(String decision, Map<String, Object> inputs, String step,
                                       boolean warnIfUnlisted) {
        DmnDecisionResult result = decisions.evaluateDecisionByKey(decision).variables(inputs).evaluate();
        List<Map<String, Object>> rows = result.getResultList();
        if (rows.isEmpty()) {
            if (warnIfUnlisted) {
                log.warn("The {} decision has no rule for step {}", decision, step);
            }
            return null;
        }
        return rows.get(0);
    }
}
