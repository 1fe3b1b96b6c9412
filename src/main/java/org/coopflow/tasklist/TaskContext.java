package org.coopflow.tasklist;

import java.util.Map;

import org.coopflow.identity.CurrentUser;

/** The task a step handler is working on: its request, its variables (e.g. {@code agency}), who acts. */
public record TaskContext(String taskId, String taskKey, Long requestId, String processInstanceId,
                          Map<String, Object> variables, CurrentUser user) {

    public String variable(String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }
}
