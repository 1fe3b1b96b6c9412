package org.coopflow.tasklist;

/** A task was created: offered to its candidate groups, or assigned to someone by the model. */
public record TaskOpened(Long requestId, String taskId, String taskKey) implements TaskChanged {
}
