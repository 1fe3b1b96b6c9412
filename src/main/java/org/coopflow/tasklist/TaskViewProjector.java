package org.coopflow.tasklist;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.system.EngineIdentity;
import org.coopflow.system.ProcessInstancesUpgraded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the task list read model (task_view, and task_candidate: one queue row per candidate group, carrying
 * the task's sort keys and whether it can still be claimed) in step with the engine. The Spring
 * eventing bridge calls this synchronously inside the engine's command, so the read model commits or
 * rolls back with the engine's own task rows (listeners are configured as not skippable).
 */
@Component
class TaskViewProjector {

    private final TaskViewMapper mapper;
    private final EngineIdentity engineIdentity;
    private final ApplicationEventPublisher events;
    private final TaskService taskService;

    TaskViewProjector(TaskViewMapper mapper, EngineIdentity engineIdentity, ApplicationEventPublisher events,
                      TaskService taskService) {
        this.mapper = mapper;
        this.engineIdentity = engineIdentity;
        this.events = events;
        this.taskService = taskService;
    }

    /** Instances moved to a newer model keep their tasks, whose keys and names may have changed with it. */
    @EventListener
    void onInstancesUpgraded(ProcessInstancesUpgraded upgraded) {
        if (upgraded.processInstanceIds().isEmpty()) {
            return;
        }
        for (Task task : taskService.createTaskQuery()
                .processInstanceIdIn(upgraded.processInstanceIds().toArray(String[]::new)).list()) {
            mapper.updateKey(task.getId(), task.getTaskDefinitionKey(),
                    task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
        }
    }

    @EventListener
    void onTaskEvent(DelegateTask task) {
        Object requestId = task.getExecution() == null ? null : task.getVariable("requestId");
        if (requestId == null) {
            return; // not a CoopFlow request task
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task, ((Number) requestId).longValue());
            case TaskListener.EVENTNAME_ASSIGNMENT -> assigned(task, ((Number) requestId).longValue());
            case TaskListener.EVENTNAME_UPDATE -> updated(task, ((Number) requestId).longValue());
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> {
                removed(task.getId());
                events.publishEvent(new TaskClosed(((Number) requestId).longValue(), task.getId(),
                        task.getTaskDefinitionKey()));
            }
            default -> {
                // timeout events change nothing the list shows
            }
        }
    }

    private void created(DelegateTask task, long requestId) {
        mapper.insertFromRequest(task.getId(), requestId, task.getProcessInstanceId(), task.getTaskDefinitionKey(),
                task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), task.getAssignee(),
                instant(task.getCreateTime()), instant(task.getDueDate()));
        syncCandidates(task);
        events.publishEvent(new TaskOpened(requestId, task.getId(), task.getTaskDefinitionKey()));
    }

    /**
     * The read model still holds the previous assignee: with the acting user that tells a claim (taken by oneself),
     * a release (given back) and a delegation (handed to someone else) apart, however the engine was called.
     * An assignment by the model when the task is created (the expert's own answer) is part of its opening.
     * Called on both the assignment and the update event (whichever the engine fires first sees the change).
     */
    private TaskViewRow assigned(DelegateTask task, long requestId) {
        TaskViewRow before = mapper.findById(task.getId());
        String previous = before == null ? null : before.assignee();
        String assignee = task.getAssignee();
        mapper.updateAssignee(task.getId(), assignee);
        mapper.updateClaimable(task.getId(), assignee);
        if (before == null || java.util.Objects.equals(previous, assignee)) {
            return before;
        }
        String by = engineIdentity.currentUserId();
        String key = task.getTaskDefinitionKey();
        if (assignee == null) {
            events.publishEvent(new TaskReleased(requestId, task.getId(), key, previous));
        } else if (by == null || by.equals(assignee)) {
            events.publishEvent(new TaskClaimed(requestId, task.getId(), key, assignee));
        } else {
            events.publishEvent(new TaskDelegated(requestId, task.getId(), key, by, assignee));
        }
        return before;
    }

    /**
     * A change of the due date or of the candidates is told apart from the row read before it ({@code before}):
     * the read model may hold whole seconds only (the MySQL URL sends no fractions), so the due dates are compared
     * to the second.
     */
    private void updated(DelegateTask task, long requestId) {
        TaskViewRow before = assigned(task, requestId);
        Instant due = instant(task.getDueDate());
        mapper.updateDue(task.getId(), due, task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
        mapper.deleteCandidates(task.getId());
        List<String> queues = syncCandidates(task);
        if (before != null && (!sameSecond(before.dueAt(), due)
                || !new java.util.TreeSet<>(queues).equals(new java.util.TreeSet<>(queuesOf(before))))) {
            events.publishEvent(new TaskDueOrCandidatesChanged(requestId, task.getId(), task.getTaskDefinitionKey()));
        }
    }

    /**
     * One queue row per candidate group, and one per candidate user (a substitute, queue {@code user:<username>}),
     * which stays claimable while the task is assigned to someone else.
     */
    private List<String> syncCandidates(DelegateTask task) {
        List<String> queues = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId() != null ? link.getGroupId()
                        : link.getUserId() != null ? TaskViewRow.userQueue(link.getUserId()) : null)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        queues.forEach(queue -> mapper.insertCandidate(task.getId(), queue, queues.size()));
        return queues;
    }

    /**
     * Re-reads a task's candidates from the engine. A candidate removed from a task ({@code deleteCandidateUser}) is
     * still among the task's candidates while the engine fires that change's update event, so whoever removes one
     * calls this afterwards, outside the engine's command.
     */
    void resyncCandidates(String taskId) {
        TaskViewRow row = mapper.findById(taskId);
        if (row == null) {
            return;
        }
        List<String> queues = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId() != null ? link.getGroupId()
                        : link.getUserId() != null ? TaskViewRow.userQueue(link.getUserId()) : null)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        mapper.deleteCandidates(taskId);
        queues.forEach(queue -> mapper.insertCandidate(taskId, queue, queues.size()));
        events.publishEvent(new TaskDueOrCandidatesChanged(row.requestId(), taskId, row.taskKey()));
    }

    private void removed(String taskId) {
        mapper.deleteCandidates(taskId);
        mapper.delete(taskId);
    }

    private static List<String> queuesOf(TaskViewRow row) {
        return row.candidateGroups() == null || row.candidateGroups().isBlank() ? List.of()
                : List.of(row.candidateGroups().split(","));
    }

    private static boolean sameSecond(Instant a, Instant b) {
        return a == null ? b == null : b != null && a.getEpochSecond() == b.getEpochSecond();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
