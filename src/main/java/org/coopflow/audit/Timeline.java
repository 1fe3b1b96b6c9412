package org.coopflow.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request's whole history as one ordered timeline: the engine's history of every process instance of
 * the request (main process and the stages it called, found by business key = reference) joined with
 * the application's audit trail. Engine queries go through the engine's API, never its tables.
 * Step titles are in the reader's language ({@link StepTitles}).
 */
@Service
public class Timeline {

    private static final Set<String> SHOWN_ACTIVITIES = Set.of("serviceTask", "businessRuleTask", "callActivity",
            "intermediateTimer", "boundaryTimer", "boundaryMessage", "boundaryError", "messageStartEvent",
            "startTimerEvent", "noneEndEvent", "errorEndEvent", "intermediateMessageCatch");
    private static final Set<String> SHOWN_OPERATIONS = Set.of(UserOperationLogEntry.OPERATION_TYPE_CLAIM,
            UserOperationLogEntry.OPERATION_TYPE_ASSIGN, UserOperationLogEntry.OPERATION_TYPE_DELEGATE);

    private final HistoryService history;
    private final AuditTrail audit;
    private final StepTitles titles;

    Timeline(HistoryService history, AuditTrail audit, StepTitles titles) {
        this.history = history;
        this.audit = audit;
        this.titles = titles;
    }

    /**
     * One read-only transaction for all of it: each engine query outside a transaction is a command of its own,
     * with its own begin and commit (three extra round trips to the database per query).
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> of(Long requestId, String reference) {
        List<TimelineEntry> entries = new ArrayList<>();
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).list();
        for (HistoricProcessInstance instance : instances) {
            for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).list()) {
                if (SHOWN_ACTIVITIES.contains(activity.getActivityType())) {
                    entries.add(new TimelineEntry(instant(activity.getEndTime() != null ? activity.getEndTime()
                            : activity.getStartTime()), "ENGINE", activity.getEndTime() != null ? "STEP_DONE"
                            : "STEP_STARTED", null, title(activity), activity.getActivityType()));
                }
            }
            for (UserOperationLogEntry op : history.createUserOperationLogQuery()
                    .processInstanceId(instance.getId()).list()) {
                if (SHOWN_OPERATIONS.contains(op.getOperationType()) && "assignee".equals(op.getProperty())) {
                    entries.add(new TimelineEntry(instant(op.getTimestamp()), "ENGINE",
                            "TASK_" + op.getOperationType().toUpperCase(java.util.Locale.ROOT), op.getUserId(),
                            op.getTaskId(), op.getNewValue() == null ? "unassigned" : "assignee " + op.getNewValue()));
                }
            }
        }
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(reference).list()) {
            entries.add(new TimelineEntry(instant(task.getStartTime()), "ENGINE", "TASK_CREATED", null,
                    title(task), task.getTaskDefinitionKey()));
            if (task.getEndTime() != null) {
                entries.add(new TimelineEntry(instant(task.getEndTime()), "ENGINE",
                        "completed".equals(task.getDeleteReason()) ? "TASK_COMPLETED" : "TASK_CANCELLED",
                        task.getAssignee(), title(task), task.getDeleteReason()));
            }
        }
        for (AuditEvent event : audit.of(requestId)) {
            entries.add(new TimelineEntry(event.createdAt(), "APPLICATION", event.action(), event.actor(),
                    event.action(), event.details()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::source));
        return entries;
    }

    private String title(HistoricActivityInstance activity) {
        return titles.activity(activity.getProcessDefinitionKey(), activity.getActivityId(), activity.getActivityName());
    }

    private String title(HistoricTaskInstance task) {
        return titles.task(task.getTaskDefinitionKey(), task.getName());
    }

    private static Instant instant(Date date) {
        return date == null ? Instant.EPOCH : date.toInstant();
    }
}
