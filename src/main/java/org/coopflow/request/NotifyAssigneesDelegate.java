package org.coopflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A message was posted on a request: whoever has an open task on it (or may claim one) is told. */
@Component
class NotifyAssigneesDelegate implements JavaDelegate {

    private final TaskHolderNotifier taskHolders;

    NotifyAssigneesDelegate(TaskHolderNotifier taskHolders) {
        this.taskHolders = taskHolders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        taskHolders.notifyTaskHolders(RequestProcess.requestId(execution), "messagePosted",
                execution.getVariable(RequestProcess.VAR_REFERENCE));
    }
}
