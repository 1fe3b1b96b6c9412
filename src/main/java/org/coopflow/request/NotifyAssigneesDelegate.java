package org.coopflow.request;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.coopflow.notification.Notifier;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.springframework.stereotype.Component;

/** A message was posted on a request: whoever has an open task on it (or may claim one) is told. */
@Component
class NotifyAssigneesDelegate implements JavaDelegate {

    private final TaskList taskList;
    private final Notifier notifier;

    NotifyAssigneesDelegate(TaskList taskList, Notifier notifier) {
        this.taskList = taskList;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long requestId = RequestProcess.requestId(execution);
        String reference = (String) execution.getVariable(RequestProcess.VAR_REFERENCE);
        List<String> groups = new ArrayList<>();
        for (OpenTask task : taskList.openTasksOf(requestId)) {
            if (task.assignee() != null) {
                notifier.notifyUser(requestId, task.assignee(), "messagePosted", reference);
            } else {
                groups.addAll(task.candidateGroups());
            }
        }
        notifier.notifyGroups(requestId, groups.stream().distinct().toList(), "messagePosted", reference);
    }
}
