package org.coopflow.tasklist;

/** Someone took a task: it is theirs now (claimed through CoopFlow or assigned to themselves by any other way). */
public record TaskClaimed(Long requestId, String taskId, String taskKey, String username) implements TaskChanged {
}
