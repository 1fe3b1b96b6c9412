package org.coopflow.deadline;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.calendar.CalendarKind;
import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.request.RequestProcess;
import org.coopflow.shared.GeneratedId;
import org.coopflow.system.ProcessInstancesUpgraded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation ladder of every open step. When a user task of a request opens with a due date, its deadline is
 * recorded with the ladder the {@code escalationLadder} decision gives for the step; when it ends, the record goes.
 * {@link #reachDue()} (the scan, on every node) sends each rung whose time has come: a reminder to the holder at a
 * share of the time, a reminder at the due date, the responsible party told some working days after it — each an
 * e-mail and an audit line (through {@link StepReminded} and {@link StepEscalated}), never a takeover.
 *
 * <p>Safe on several nodes without a lock: a rung is claimed by moving the ladder on with
 * {@code UPDATE ... WHERE version = ?}, in the same transaction as its record, audit line and e-mails; the node that
 * loses the race updates nothing and sends nothing. A rung that fails is tried again later.
 */
@Component
class DeadlineLadder {

    private static final Logger log = LoggerFactory.getLogger(DeadlineLadder.class);

    /** Where the ladder stands next: a rung and when it comes (both null: nothing more). */
    record Next(Rung rung, Instant at) {
        static final Next NONE = new Next(null, null);

        String rungName() {
            return rung == null ? null : rung.name();
        }
    }

    private final DeadlineMapper mapper;
    private final Deadlines deadlines;
    private final ServiceLevels levels;
    private final WorkingCalendars calendars;
    private final TaskService tasks;
    private final ManagementService management;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final DeadlineSettings settings;

    DeadlineLadder(DeadlineMapper mapper, Deadlines deadlines, ServiceLevels levels, WorkingCalendars calendars,
                   TaskService tasks, ManagementService management, ApplicationEventPublisher events,
                   PlatformTransactionManager transactionManager, DeadlineSettings settings) {
        this.mapper = mapper;
        this.deadlines = deadlines;
        this.levels = levels;
        this.calendars = calendars;
        this.tasks = tasks;
        this.management = management;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.settings = settings;
    }

    /** The engine's task events, inside its command: a step opens or ends. */
    @EventListener
    void onTaskEvent(DelegateTask task) {
        if (task.getExecution() == null) {
            return;
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> {
                Object requestId = task.getVariable(RequestProcess.VAR_REQUEST_ID);
                if (requestId instanceof Number id) {
                    opened(task, id.longValue());
                }
            }
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> mapper.delete(task.getId());
            default -> {
                // assignments and updates leave the deadline as it is (an extension moves it itself)
            }
        }
    }

    private void opened(DelegateTask task, long requestId) {
        if (task.getDueDate() == null) {
            return;
        }
        String step = task.getTaskDefinitionKey();
        Deadlines.StepDue due = deadlines.opened(task.getExecution(), step);
        if (due == null) {
            return;
        }
        ServiceLevels.Ladder ladder = levels.ladder(step);
        StepDeadline deadline = new StepDeadline(task.getId(), requestId, task.getProcessInstanceId(),
                task.getExecutionId(), step, due.calendar().name(), due.partnerOrg(), due.start(), due.days(),
                task.getDueDate().toInstant(), 0, ladder == null ? null : ladder.reminderShare(),
                ladder != null && ladder.remindAtDue(), ladder == null ? null : ladder.escalateAfterDays(),
                ladder == null ? Party.MANAGER.name() : ladder.responsible(), null, null, 0);
        Next next = first(deadline, Deadlines.now());
        mapper.insert(withNext(deadline, next));
    }

    /**
     * Requests in flight moved onto a newer model (at a release): their open steps that have no deadline yet (opened
     * before steps had one) get it now — counted from when the step opened, the due date it had kept — with their
     * ladder, whose rungs already past are not sent.
     */
    @EventListener
    void onInstancesUpgraded(ProcessInstancesUpgraded upgraded) {
        if (upgraded.processInstanceIds().isEmpty()) {
            return;
        }
        for (Task task : tasks.createTaskQuery()
                .processInstanceIdIn(upgraded.processInstanceIds().toArray(String[]::new)).list()) {
            if (mapper.find(task.getId()) == null) {
                backfill(task);
            }
        }
    }

    private void backfill(Task task) {
        Map<String, Object> variables = tasks.getVariables(task.getId(), List.of(RequestProcess.VAR_REQUEST_ID,
                RequestProcess.VAR_URGENT, RequestProcess.VAR_PARTNER_GROUP));
        if (!(variables.get(RequestProcess.VAR_REQUEST_ID) instanceof Number requestId)) {
            return;
        }
        String step = task.getTaskDefinitionKey();
        ServiceLevels.Level level = levels.level(step, Boolean.TRUE.equals(variables.get(RequestProcess.VAR_URGENT)));
        if (level == null) {
            return;
        }
        Object group = variables.get(RequestProcess.VAR_PARTNER_GROUP);
        String partner = level.calendar() == CalendarKind.PARTNER && group instanceof String g
                && g.startsWith(RequestProcess.GROUP_PARTNER) ? g.substring(RequestProcess.GROUP_PARTNER.length())
                : null;
        if (level.calendar() == CalendarKind.PARTNER && partner == null) {
            return;
        }
        Instant opened = task.getCreateTime().toInstant();
        Instant due = task.getDueDate() != null ? task.getDueDate().toInstant()
                : calendars.due(level.calendar(), partner, opened, level.days());
        if (task.getDueDate() == null) {
            tasks.setDueDate(task.getId(), Date.from(due));
        }
        ServiceLevels.Ladder ladder = levels.ladder(step);
        StepDeadline deadline = new StepDeadline(task.getId(), requestId.longValue(), task.getProcessInstanceId(),
                task.getExecutionId(), step, level.calendar().name(), partner, opened, level.days(), due, 0,
                ladder == null ? null : ladder.reminderShare(), ladder != null && ladder.remindAtDue(),
                ladder == null ? null : ladder.escalateAfterDays(),
                ladder == null ? Party.MANAGER.name() : ladder.responsible(), null, null, 0);
        mapper.insert(withNext(deadline, first(deadline, Deadlines.now())));
    }

    /** Sends every rung that is due now (the engine's clock); returns how many this node sent. */
    int reachDue() {
        Instant now = Deadlines.now();
        int reached = 0;
        for (String taskId : mapper.findDue(now, settings.scanBatch())) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> reach(taskId, now)))) {
                    reached++;
                }
            } catch (RuntimeException e) {
                log.warn("Reminder of step {} failed; tried again in {}: {}", taskId, settings.retryAfter(),
                        e.toString());
                transaction.executeWithoutResult(status -> mapper.postpone(taskId, now.plus(settings.retryAfter())));
            }
        }
        return reached;
    }

    private boolean reach(String taskId, Instant now) {
        StepDeadline deadline = mapper.find(taskId);
        if (deadline == null || deadline.nextRung() == null || deadline.nextAt() == null
                || deadline.nextAt().isAfter(now)) {
            return false; // another node was quicker, or an extension moved it
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            mapper.delete(taskId);
            return false;
        }
        Rung rung = Rung.valueOf(deadline.nextRung());
        Next following = following(deadline, rung);
        if (mapper.advance(taskId, deadline.version(), following.rungName(), following.at()) == 0) {
            return false;
        }
        record(deadline, rung, task, now);
        return true;
    }

    private void record(StepDeadline deadline, Rung rung, Task task, Instant now) {
        List<IdentityLink> candidates = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
        String notified = null;
        if (rung == Rung.ESCALATION) {
            Map<String, Object> variables = tasks.getVariables(task.getId(),
                    List.of(RequestProcess.VAR_LEAD_AGENCY, DeadlineProcess.VAR_AGENCY));
            notified = deadline.party().group((String) variables.get(RequestProcess.VAR_LEAD_AGENCY),
                    (String) variables.get(DeadlineProcess.VAR_AGENCY));
        }
        StepReminder reminder = new StepReminder(null, deadline.requestId(), task.getId(), deadline.step(), rung,
                deadline.dueAt(), zoneOf(deadline), task.getAssignee(),
                joined(candidates.stream().map(IdentityLink::getGroupId).toList()),
                joined(candidates.stream().map(IdentityLink::getUserId).toList()), notified, deadline.responsible(),
                now);
        GeneratedId id = new GeneratedId();
        mapper.insertReminder(reminder, id);
        events.publishEvent(rung == Rung.ESCALATION ? new StepEscalated(deadline.requestId(), id.getId())
                : new StepReminded(deadline.requestId(), id.getId()));
    }

    /**
     * An extension was granted: the step is due later by this many working days. Its task's due date, the timers of
     * the step at its due date (a lapse, a default, a slot returning) and its ladder move; rungs already past are not
     * repeated, those after now come again for the new date. Runs in the decision's transaction.
     */
    boolean extend(String taskId, Instant newDue, int addedDays) {
        StepDeadline deadline = mapper.find(taskId);
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (deadline == null || task == null) {
            return false;
        }
        tasks.setDueDate(taskId, Date.from(newDue));
        for (Job timer : management.createJobQuery().executionId(task.getExecutionId()).timers().list()) {
            if (timer.getDuedate() != null
                    && timer.getDuedate().toInstant().getEpochSecond() == deadline.dueAt().getEpochSecond()) {
                management.setJobDuedate(timer.getId(), Date.from(newDue));
            }
        }
        StepDeadline extended = new StepDeadline(deadline.taskId(), deadline.requestId(),
                deadline.processInstanceId(), deadline.executionId(), deadline.step(), deadline.calendar(),
                deadline.partnerOrg(), deadline.startedAt(), deadline.workingDays() + addedDays, newDue,
                deadline.extendedDays() + addedDays, deadline.reminderShare(), deadline.remindAtDue(),
                deadline.escalateAfterDays(), deadline.responsible(), null, null, deadline.version());
        Next next = first(extended, Deadlines.now());
        if (mapper.extend(taskId, deadline.version(), newDue, extended.workingDays(), extended.extendedDays(),
                next.rungName(), next.at()) == 0) {
            throw new org.camunda.bpm.engine.OptimisticLockingException(
                    "The deadline of " + taskId + " changed meanwhile");
        }
        return true;
    }

    /** The step's due date if this many working days were added. */
    Instant dueAfter(StepDeadline deadline, int addedDays) {
        return calendars.due(CalendarKind.valueOf(deadline.calendar()), deadline.partnerOrg(), deadline.dueAt(),
                addedDays);
    }

    /** The first rung after {@code after} (a new step, or one just extended: rungs already past are not sent). */
    Next first(StepDeadline deadline, Instant after) {
        for (Rung rung : Rung.values()) {
            Instant at = at(deadline, rung);
            if (at != null && at.isAfter(after)) {
                return new Next(rung, at);
            }
        }
        return Next.NONE;
    }

    /** The rung after this one, whenever it comes (a scan after a long pause sends the ones overdue in turn). */
    Next following(StepDeadline deadline, Rung current) {
        for (Rung rung : Rung.values()) {
            if (rung.ordinal() > current.ordinal()) {
                Instant at = at(deadline, rung);
                if (at != null) {
                    return new Next(rung, at);
                }
            }
        }
        return Next.NONE;
    }

    /** When a rung comes for this deadline; null when its ladder has no such rung. */
    Instant at(StepDeadline deadline, Rung rung) {
        CalendarKind kind = CalendarKind.valueOf(deadline.calendar());
        return switch (rung) {
            case SHARE -> deadline.reminderShare() == null ? null : calendars.instantAt(kind, deadline.partnerOrg(),
                    deadline.startedAt(), deadline.workingDays(), deadline.reminderShare().doubleValue());
            case DUE -> deadline.remindAtDue() ? deadline.dueAt() : null;
            case ESCALATION -> deadline.escalateAfterDays() == null ? null : calendars.due(kind,
                    deadline.partnerOrg(), deadline.dueAt(), deadline.escalateAfterDays());
        };
    }

    /** The time zone of the step's calendar (Asia/Seoul, or the partner organisation's). */
    String zoneOf(StepDeadline deadline) {
        return calendars.of(CalendarKind.valueOf(deadline.calendar()), deadline.partnerOrg()).zone().getId();
    }

    private static StepDeadline withNext(StepDeadline d, Next next) {
        return new StepDeadline(d.taskId(), d.requestId(), d.processInstanceId(), d.executionId(), d.step(),
                d.calendar(), d.partnerOrg(), d.startedAt(), d.workingDays(), d.dueAt(), d.extendedDays(),
                d.reminderShare(), d.remindAtDue(), d.escalateAfterDays(), d.responsible(), next.rungName(),
                next.at(), d.version());
    }

    private static String joined(List<String> values) {
        String joined = values.stream().filter(v -> v != null && !v.isBlank()).distinct().sorted()
                .collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }
}
