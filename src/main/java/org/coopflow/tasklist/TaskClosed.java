package org.coopflow.tasklist;

/** A task was completed or cancelled (its process moved on, or the request was closed): it waits on nobody now. */
public record TaskClosed(Long requestId, String taskId, String taskKey) implements TaskChanged {
}
