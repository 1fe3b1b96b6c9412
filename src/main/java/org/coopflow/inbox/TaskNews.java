package org.coopflow.inbox;

import java.util.List;

import org.coopflow.request.RequestLifecycle;
import org.coopflow.tasklist.TaskClaimed;
import org.coopflow.tasklist.TaskClosed;
import org.coopflow.tasklist.TaskDelegated;
import org.coopflow.tasklist.TaskList;
import org.coopflow.tasklist.TaskOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Steps: offered to a group's members, assigned or handed to one person; a step taken is no longer on offer, and a
 * step done (or cancelled) is no longer news to anyone.
 */
@Component
class TaskNews {

    private final Inbox inbox;
    private final Audience audience;
    private final TaskList taskList;
    private final RequestLifecycle lifecycle;

    TaskNews(Inbox inbox, Audience audience, TaskList taskList, RequestLifecycle lifecycle) {
        this.inbox = inbox;
        this.audience = audience;
        this.taskList = taskList;
        this.lifecycle = lifecycle;
    }

    @EventListener
    void onOpened(TaskOpened event) {
        taskList.find(event.taskId()).ifPresent(task -> {
            ItemKind kind = task.assignee() != null ? ItemKind.TASK_ASSIGNED : ItemKind.TASK_OFFERED;
            inbox.deliver(News.of(kind, lifecycle.find(event.requestId())).step(task), audience.stepHolders(task));
        });
    }

    @EventListener
    void onDelegated(TaskDelegated event) {
        taskList.find(event.taskId()).ifPresent(task -> inbox.deliver(
                News.of(ItemKind.TASK_DELEGATED, lifecycle.find(event.requestId())).step(task).actor(event.by()),
                List.of(event.to())));
    }

    @EventListener
    void onClaimed(TaskClaimed event) {
        inbox.stepTaken(event.taskId());
    }

    @EventListener
    void onClosed(TaskClosed event) {
        inbox.stepClosed(event.taskId());
    }
}
