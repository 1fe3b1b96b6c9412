package org.coopflow.tasklist;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

    TaskViewProjector(TaskViewMapper mapper) {
        this.mapper = mapper;
    }

    @EventListener
    void onTaskEvent(DelegateTask task) {
        Object requestId = task.getExecution() == null ? null : task.getVariable("requestId");
        if (requestId == null) {
            return; // not a CoopFlow request task
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task, ((Number) requestId).longValue());
            case TaskListener.EVENTNAME_ASSIGNMENT -> assigned(task);
            case TaskListener.EVENTNAME_UPDATE -> updated(task);
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> removed(task.getId());
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
    }

    private void assigned(DelegateTask task) {
        mapper.updateAssignee(task.getId(), task.getAssignee());
        mapper.updateClaimable(task.getId(), task.getAssignee());
    }

    private void updated(DelegateTask task) {
        mapper.updateAssignee(task.getId(), task.getAssignee());
        mapper.updateDue(task.getId(), instant(task.getDueDate()),
                task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
        mapper.deleteCandidates(task.getId());
        syncCandidates(task);
    }

    private void syncCandidates(DelegateTask task) {
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .distinct()
                .toList();
        groups.forEach(group -> mapper.insertCandidate(task.getId(), group, groups.size()));
    }

    private void removed(String taskId) {
        mapper.deleteCandidates(taskId);
        mapper.delete(taskId);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
