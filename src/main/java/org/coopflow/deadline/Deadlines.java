package org.coopflow.deadline;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.calendar.CalendarKind;
import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every step's due date, for the models: {@code camunda:dueDate="${deadlines.due(execution)}"} on each user task, and
 * the same expression on the timers that end a step at its due date (a clarification lapses, an expert's slot
 * returns, feedback defaults). The step's working days and calendar come from the {@code serviceLevels} decision for
 * the step (the user task's id) and the request's urgency, counted from the moment the step opens — so a step that
 * comes back (a second round of screening, a plan asked to change) gets a fresh due date.
 *
 * <p>A user task with boundary timers asks twice in one transaction (the timers are created just before the task):
 * both get the same instant. A step already open (its timers re-evaluated when the instance moves to a newer model)
 * keeps its due date, extensions included. Time is the engine's clock ({@code ClockUtil}), so tests can move it.
 */
@Component("deadlines")
public class Deadlines {

    /** A step's due date and what it was counted from. */
    record StepDue(String step, Instant start, int days, CalendarKind calendar, String partnerOrg, Instant due) {
    }

    /** The transaction's due dates by execution and step (see the class comment). */
    private static final Object CACHE_KEY = new Object();

    private final ServiceLevels levels;
    private final WorkingCalendars calendars;
    private final DeadlineMapper mapper;
    private final TaskService tasks;

    Deadlines(ServiceLevels levels, WorkingCalendars calendars, DeadlineMapper mapper, TaskService tasks) {
        this.levels = levels;
        this.calendars = calendars;
        this.mapper = mapper;
        this.tasks = tasks;
    }

    /** The due date of the step this execution is at; null when the serviceLevels decision has no rule for it. */
    public Date due(DelegateExecution execution) {
        StepDue due = stepDue(execution, execution.getCurrentActivityId(), false);
        return due == null ? null : Date.from(due.due());
    }

    /** An open step's deadline (due date, calendar, working days, extensions, next reminder), if it has one. */
    public Optional<StepDeadline> of(String taskId) {
        return Optional.ofNullable(mapper.find(taskId));
    }

    /** A rung of a ladder as it was reached (for the audit trail and the e-mails). */
    public StepReminder reminder(Long reminderId) {
        return mapper.findReminder(reminderId);
    }

    /** Every rung reached on a request, in order. */
    public List<StepReminder> remindersOf(Long requestId) {
        return mapper.findReminders(requestId);
    }

    /**
     * The due date of a step whose task opens now, taken out of the transaction's cache (so the same activity entered
     * again in this transaction is counted afresh).
     */
    StepDue opened(DelegateExecution execution, String step) {
        return stepDue(execution, step, true);
    }

    private StepDue stepDue(DelegateExecution execution, String step, boolean consume) {
        String key = execution.getId() + "|" + step;
        Map<String, StepDue> cache = cache();
        StepDue due = consume ? cache.remove(key) : cache.get(key);
        if (due != null) {
            return due;
        }
        due = consume ? null : open(execution.getId(), step, execution);
        if (due == null) {
            // a task opening whose due date the model did not take from here is dated otherwise (an obligation's
            // fulfilment, due when its MOU says), so the decision need not list its step
            due = count(execution, step, now(), !consume);
        }
        if (due != null && !consume) {
            cache.put(key, due);
        }
        return due;
    }

    /** The step already open at this execution: its deadline as recorded, or (opened before deadlines) its task's. */
    private StepDue open(String executionId, String step, VariableScope scope) {
        StepDeadline recorded = mapper.findAt(executionId, step);
        if (recorded != null) {
            return new StepDue(step, recorded.startedAt(), recorded.workingDays(),
                    CalendarKind.valueOf(recorded.calendar()), recorded.partnerOrg(), recorded.dueAt());
        }
        List<Task> open = tasks.createTaskQuery().executionId(executionId).taskDefinitionKey(step).list();
        if (open.isEmpty() || open.get(0).getDueDate() == null) {
            return null;
        }
        Task task = open.get(0);
        StepDue level = count(scope, step, task.getCreateTime().toInstant(), true);
        return level == null ? null : new StepDue(step, level.start(), level.days(), level.calendar(),
                level.partnerOrg(), task.getDueDate().toInstant());
    }

    /**
     * This step's service level counted from {@code start}; null when the decision has no rule for the step (logged
     * when the step {@code mustBeListed}).
     */
    private StepDue count(VariableScope scope, String step, Instant start, boolean mustBeListed) {
        boolean urgent = Boolean.TRUE.equals(scope.getVariable(RequestProcess.VAR_URGENT));
        ServiceLevels.Level level = mustBeListed ? levels.level(step, urgent) : levels.levelIfListed(step, urgent);
        if (level == null) {
            return null;
        }
        String partner = level.calendar() == CalendarKind.PARTNER ? partnerOrganisation(scope) : null;
        return new StepDue(step, start, level.days(), level.calendar(), partner,
                calendars.due(level.calendar(), partner, start, level.days()));
    }

    /** The request's partner organisation, from its candidate group ({@code partner:KH-MOI}). */
    static String partnerOrganisation(VariableScope scope) {
        Object group = scope.getVariable(RequestProcess.VAR_PARTNER_GROUP);
        if (!(group instanceof String g) || !g.startsWith(RequestProcess.GROUP_PARTNER)) {
            throw new IllegalStateException("The process has no partner group to take a partner calendar from");
        }
        return g.substring(RequestProcess.GROUP_PARTNER.length());
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, StepDue> cache() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Map<String, StepDue> cache = (Map<String, StepDue>) TransactionSynchronizationManager.getResource(CACHE_KEY);
        if (cache == null) {
            Map<String, StepDue> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(CACHE_KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CACHE_KEY);
                }
            });
            cache = created;
        }
        return cache;
    }
}
