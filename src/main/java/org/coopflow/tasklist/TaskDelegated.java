package org.coopflow.tasklist;

/** A task was handed to someone else ({@code by} is null when the engine's own API did it without a user). */
public record TaskDelegated(Long requestId, String taskId, String taskKey, String by, String to) implements TaskChanged {
}
