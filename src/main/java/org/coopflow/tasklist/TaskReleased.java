package org.coopflow.tasklist;

/** The holder gave a task back: it is offered to its groups again. */
public record TaskReleased(Long requestId, String taskId, String taskKey, String username) implements TaskChanged {
}
