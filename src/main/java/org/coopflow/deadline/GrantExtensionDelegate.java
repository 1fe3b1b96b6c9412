package org.coopflow.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** More time granted: the step's due date, its timers at the due date and its reminders move. */
@Component
class GrantExtensionDelegate implements JavaDelegate {

    private final Extensions extensions;

    GrantExtensionDelegate(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        extensions.apply(((Number) execution.getVariable(DeadlineProcess.VAR_EXTENSION_ID)).longValue());
    }
}
