package org.coopflow.tasklist;

/**
 * A task's due date or the groups and people it is offered to changed (a deadline extended, a candidate added or
 * removed). Who holds it is told by {@link TaskClaimed}, {@link TaskReleased} and {@link TaskDelegated}.
 */
public record TaskDueOrCandidatesChanged(Long requestId, String taskId, String taskKey) implements TaskChanged {
}
