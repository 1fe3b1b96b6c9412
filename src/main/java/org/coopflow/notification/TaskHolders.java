package org.coopflow.notification;

import java.util.ArrayList;
import java.util.List;

import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.springframework.stereotype.Component;

/**
 * News on a request (a message, a document) for the people working on it: whoever holds one of its open
 * tasks, or — for a task nobody has claimed yet — everyone who may claim it. Officials and the partner alike,
 * since partner tasks are offered to the partner's group. The one recipient rule for such news.
 */
@Component
class TaskHolders {

    private final TaskList taskList;
    private final Notifier notifier;

    TaskHolders(TaskList taskList, Notifier notifier) {
        this.taskList = taskList;
        this.notifier = notifier;
    }

    /** {@code key} names notification.{key}.subject/.body, as for {@link Notifier}; the author is not told. */
    void tell(Long requestId, String author, String key, Object... args) {
        List<String> groups = new ArrayList<>();
        for (OpenTask task : taskList.openTasksOf(requestId)) {
            if (task.assignee() != null) {
                if (!task.assignee().equals(author)) {
                    notifier.notifyUser(requestId, task.assignee(), key, args);
                }
            } else {
                groups.addAll(task.candidateGroups());
            }
        }
        notifier.notifyGroups(requestId, groups.stream().distinct().toList(), key, args);
    }
}
